// Generated from the YAML spec by `npm run generate`. Do not edit.
import { APIResource } from '../../../../runtime/resource.js';
import { GlobalWARPOverride } from './global-warp-override.js';

export class BaseResilience extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.resilience`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'resilience'] = [
    'zeroTrust',
    'devices',
    'resilience',
  ];
}

export class Resilience extends BaseResilience {
  readonly globalWARPOverride: GlobalWARPOverride = new GlobalWARPOverride(this._client);
}

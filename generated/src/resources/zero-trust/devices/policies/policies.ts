// Generated from the YAML spec by `npm run generate`. Do not edit.
import { APIResource } from '../../../../runtime/resource.js';
import { Custom } from './custom/custom.js';
import { Default } from './default/default.js';

export class BasePolicies extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.policies`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'policies'] = [
    'zeroTrust',
    'devices',
    'policies',
  ];
}

export class Policies extends BasePolicies {
  readonly custom: Custom = new Custom(this._client);
  readonly default: Default = new Default(this._client);
}

// Generated from the YAML spec by `npm run generate`. Do not edit.
import { APIResource } from '../../runtime/resource.js';
import { Access } from './access/access.js';
import { Devices } from './devices/devices.js';
import { IdentityProviders } from './identity-providers/identity-providers.js';
import { Organizations } from './organizations/organizations.js';

export class BaseZeroTrust extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust`. */
  static readonly _key: readonly ['zeroTrust'] = ['zeroTrust'];
}

export class ZeroTrust extends BaseZeroTrust {
  readonly access: Access = new Access(this._client);
  readonly devices: Devices = new Devices(this._client);
  readonly identityProviders: IdentityProviders = new IdentityProviders(this._client);
  readonly organizations: Organizations = new Organizations(this._client);
}

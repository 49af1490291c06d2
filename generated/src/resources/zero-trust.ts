// Generated from the YAML spec by `npm run generate`. Do not edit.
import { APIResource } from '../runtime/index.js';
import { Access } from './zero-trust/access.js';
import { Devices } from './zero-trust/devices.js';
import { IdentityProviders } from './zero-trust/identity-providers.js';
import { Organizations } from './zero-trust/organizations.js';

export class ZeroTrust extends APIResource {
  readonly access: Access = new Access(this._client);
  readonly devices: Devices = new Devices(this._client);
  readonly identityProviders: IdentityProviders = new IdentityProviders(this._client);
  readonly organizations: Organizations = new Organizations(this._client);
}

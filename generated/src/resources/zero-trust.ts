// Generated from the YAML spec by `npm run generate`. Do not edit.
import { APIResource } from '../runtime/index.js';
import { Access } from './zero-trust/access.js';
import { Devices } from './zero-trust/devices.js';

export class ZeroTrust extends APIResource {
  readonly access: Access = new Access(this._client);
  readonly devices: Devices = new Devices(this._client);
}

// Generated from the YAML spec by `npm run generate`. Do not edit.
import { APIResource } from '../../../runtime/index.js';
import { GlobalWARPOverride } from './resilience/global-warp-override.js';

export class Resilience extends APIResource {
  readonly globalWARPOverride: GlobalWARPOverride = new GlobalWARPOverride(this._client);
}

// Generated from the YAML spec by `npm run generate`. Do not edit.
import { APIResource } from '../../../runtime/index.js';
import { Custom } from './policies/custom.js';
import { Default } from './policies/default.js';

export class Policies extends APIResource {
  readonly custom: Custom = new Custom(this._client);
  readonly default: Default = new Default(this._client);
}

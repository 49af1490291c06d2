// Generated from the YAML spec by `npm run generate`. Do not edit.
import { APIResource } from '../runtime/index.js';
import { Pets } from './zoo/pets.js';

export class Zoo extends APIResource {
  readonly pets: Pets = new Pets(this._client);
}

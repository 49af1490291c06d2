// Generated from the YAML spec by `npm run generate`. Do not edit.
import { APIResource } from '../../runtime/resource.js';
import { Pets } from './pets.js';

export class BaseZoo extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zoo`. */
  static readonly _key: readonly ['zoo'] = ['zoo'];
}

export class Zoo extends BaseZoo {
  readonly pets: Pets = new Pets(this._client);
}

// Generated from the YAML spec by `npm run generate`. Do not edit.
import { APIResource } from '../../../runtime/resource.js';
import { Applications } from './applications.js';
import { Groups } from './groups.js';

export class BaseAccess extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.access`. */
  static readonly _key: readonly ['zeroTrust', 'access'] = ['zeroTrust', 'access'];
}

export class Access extends BaseAccess {
  readonly applications: Applications = new Applications(this._client);
  readonly groups: Groups = new Groups(this._client);
}

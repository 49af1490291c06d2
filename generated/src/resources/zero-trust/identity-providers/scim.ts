// Generated from the YAML spec by `npm run generate`. Do not edit.
import { APIResource } from '../../../runtime/index.js';
import { Groups } from './scim/groups.js';
import { Users } from './scim/users.js';

export class Scim extends APIResource {
  readonly groups: Groups = new Groups(this._client);
  readonly users: Users = new Users(this._client);
}

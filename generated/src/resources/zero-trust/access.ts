// Generated from the YAML spec by `npm run generate`. Do not edit.
import { APIResource } from '../../runtime/index.js';
import { Applications } from './access/applications.js';
import { Groups } from './access/groups.js';

export class Access extends APIResource {
  readonly applications: Applications = new Applications(this._client);
  readonly groups: Groups = new Groups(this._client);
}

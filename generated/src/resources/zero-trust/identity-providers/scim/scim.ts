// Generated from the YAML spec by `npm run generate`. Do not edit.
import { APIResource } from '../../../../runtime/resource.js';
import { Groups } from './groups.js';
import { Users } from './users.js';

export class BaseSCIM extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.identityProviders.scim`. */
  static readonly _key: readonly ['zeroTrust', 'identityProviders', 'scim'] = [
    'zeroTrust',
    'identityProviders',
    'scim',
  ];
}

export class SCIM extends BaseSCIM {
  readonly groups: Groups = new Groups(this._client);
  readonly users: Users = new Users(this._client);
}

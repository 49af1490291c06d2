// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountOrZoneScope } from '../../runtime/index.js';
import type { AccessRule } from '../shared/access-rules.js';

export interface ZeroTrustGroup {
  /** The unique Cloudflare-generated Id of the SCIM resource. */
  id?: string;
  /** The display name of the SCIM Group resource. */
  displayName?: string;
  /** The IdP-generated Id of the SCIM resource. */
  externalId?: string;
  /** The metadata of the SCIM resource. */
  meta?: {
    /**
     * The timestamp of when the SCIM resource was created.
     *
     * @format date-time
     */
    created?: string;
    /**
     * The timestamp of when the SCIM resource was last modified.
     *
     * @format date-time
     */
    lastModified?: string;
  };
  /** The list of URIs which indicate the attributes contained within a SCIM resource. */
  schemas?: Array<string>;
}

export interface GroupListResponse {
  /**
   * UUID.
   *
   * Returned by the API; not accepted in requests.
   *
   * @maxLength 36
   */
  id?: string;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created_at?: string;
  /** Rules evaluated with a NOT logical operator. To match a policy, a user cannot meet any of the Exclude rules. */
  exclude?: Array<AccessRule>;
  /** Rules evaluated with an OR logical operator. A user needs to meet only one of the Include rules. */
  include?: Array<AccessRule>;
  /** Rules evaluated with an AND logical operator. To match a policy, a user must meet all of the Require rules. */
  is_default?: Array<AccessRule>;
  /** The name of the Access group. */
  name?: string;
  /** Rules evaluated with an AND logical operator. To match a policy, a user must meet all of the Require rules. */
  require?: Array<AccessRule>;
  /**
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated_at?: string;
}

/** The Access group that was fetched. */
export type GroupGetResponse = GroupListResponse;
/** The Access group that was created. */
export type GroupCreateResponse = GroupListResponse;
/** The Access group as updated. */
export type GroupUpdateResponse = GroupListResponse;

export interface GroupDeleteResponse {
  /**
   * UUID.
   *
   * @maxLength 36
   */
  id?: string;
}

/** Parameters of `zeroTrust.access.groups.list`. */
export type GroupListParams = AccountOrZoneScope & {
  /** The name of the group. */
  name?: string;
  /** Search for groups by other listed query parameters. */
  search?: string;
  /**
   * Page number of paginated results.
   *
   * @minimum 1
   */
  page?: number;
  /**
   * Number of results per page.
   *
   * @minimum 1
   */
  per_page?: number;
};
/** Parameters of `zeroTrust.access.groups.get`. */
export type GroupGetParams = AccountOrZoneScope;
/** Parameters of `zeroTrust.access.groups.create`. */
export type GroupCreateParams = AccountOrZoneScope & {
  /** Rules evaluated with an OR logical operator. A user needs to meet only one of the Include rules. */
  include: Array<AccessRule>;
  /** The name of the Access group. */
  name: string;
  /** Rules evaluated with a NOT logical operator. To match a policy, a user cannot meet any of the Exclude rules. */
  exclude?: Array<AccessRule>;
  /** Whether this is the default group */
  is_default?: boolean;
  /** Rules evaluated with an AND logical operator. To match a policy, a user must meet all of the Require rules. */
  require?: Array<AccessRule>;
};
/** Parameters of `zeroTrust.access.groups.update`. */
export type GroupUpdateParams = AccountOrZoneScope & {
  /** Rules evaluated with an OR logical operator. A user needs to meet only one of the Include rules. */
  include: Array<AccessRule>;
  /** The name of the Access group. */
  name: string;
  /** Rules evaluated with a NOT logical operator. To match a policy, a user cannot meet any of the Exclude rules. */
  exclude?: Array<AccessRule>;
  /** Whether this is the default group */
  is_default?: boolean;
  /** Rules evaluated with an AND logical operator. To match a policy, a user must meet all of the Require rules. */
  require?: Array<AccessRule>;
};
/** Parameters of `zeroTrust.access.groups.delete`. */
export type GroupDeleteParams = AccountOrZoneScope;

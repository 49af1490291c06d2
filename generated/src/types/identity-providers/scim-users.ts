// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';

/** A SCIM User resource. */
export interface AccessUser {
  /** The unique Cloudflare-generated Id of the SCIM resource. */
  id?: string;
  /** Determines the status of the SCIM User resource. */
  active?: boolean;
  /** The name of the SCIM User resource. */
  displayName?: string;
  emails?: Array<AccessUserEmail>;
  /** The IdP-generated Id of the SCIM resource. */
  externalId?: string;
  /** The metadata of the SCIM resource. */
  meta?: AccessUserMeta;
  /** The list of URIs which indicate the attributes contained within a SCIM resource. */
  schemas?: Array<string>;
}

/** An email address of a SCIM User resource. */
export interface AccessUserEmail {
  /** Indicates if the email address is the primary email belonging to the SCIM User resource. */
  primary?: boolean;
  /** Indicates the type of the email address. */
  type?: string;
  /** The email address of the SCIM User resource. */
  value?: string;
}

/** The metadata of the SCIM resource. */
export interface AccessUserMeta {
  /** The timestamp of when the SCIM resource was created. */
  created?: string;
  /** The timestamp of when the SCIM resource was last modified. */
  lastModified?: string;
}

/** Parameters of `zeroTrust.identityProviders.scim.users.list`. */
export type SCIMUserListParams = AccountScope & {
  /**
   * The unique Cloudflare-generated Id of the SCIM User resource; also known as the "Id". Pass once for a single lookup or repeat the parameter to look up multiple users in one request, up to 50 values. Mutually exclusive with `idp_resource_id`, `username`, `email`, `name`, `search_contains`, and `search_starts_with`.
   *
   * @maxItems 50
   */
  cf_resource_id?: Array<string>;
  /** The email address of the SCIM User resource. */
  email?: string;
  /**
   * The IdP-generated Id of the SCIM User resource; also known as the "external Id". Pass once for a single lookup or repeat the parameter to look up multiple users in one request, up to 50 values. Mutually exclusive with `cf_resource_id`, `username`, `email`, `name`, `search_contains`, and `search_starts_with`.
   *
   * @maxItems 50
   */
  idp_resource_id?: Array<string>;
  /** The name of the SCIM User resource. */
  name?: string;
  /** The username of the SCIM User resource. */
  username?: string;
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

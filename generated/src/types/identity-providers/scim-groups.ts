// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';

/** Parameters of `zeroTrust.identityProviders.scim.groups.list`. */
export type SCIMGroupListParams = AccountScope & {
  /**
   * The unique Cloudflare-generated Id of the SCIM Group resource; also known as the "Id". Pass once for a single lookup or repeat the parameter to look up multiple groups in one request, up to 50 values. Mutually exclusive with `idp_resource_id`, `name`, `search_contains`, and `search_starts_with`.
   *
   * @maxItems 50
   */
  cf_resource_id?: Array<string>;
  /**
   * The IdP-generated Id of the SCIM Group resource; also known as the "external Id". Pass once for a single lookup or repeat the parameter to look up multiple groups in one request, up to 50 values. Mutually exclusive with `cf_resource_id`, `name`, `search_contains`, and `search_starts_with`.
   *
   * @maxItems 50
   */
  idp_resource_id?: Array<string>;
  /** The display name of the SCIM Group resource. */
  name?: string;
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

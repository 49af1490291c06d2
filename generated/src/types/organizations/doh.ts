// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';

/** The DoH settings of your Zero Trust organization. */
export interface DOHGetResponse {
  /** The ID of the service token. */
  id?: string;
  /** The Client ID for the service token. Access will check for this value in the CF-Access-Client-ID request header. */
  client_id?: string;
  /** The duration the DoH JWT is valid for. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note that the maximum duration for this setting is the same as the key rotation period on the account. */
  doh_jwt_duration?: string;
  /** The duration for how long the service token will be valid. Must be in the format `300ms` or `2h45m`, or the special value `forever` for non-expiring tokens. Valid time units are: ns, us (or µs), ms, s, m, h. The default is 1 year in hours (8760h). */
  duration?: string;
  /** Whether the service token is enabled. A disabled service token cannot be used to authenticate; both its current and previous `client_secret` stop being accepted, but the token itself is preserved and can be re-enabled at any time. Defaults to enabled when omitted on create. */
  enabled?: boolean;
  expires_at?: string;
  /** The name of the service token. */
  name?: string;
}

/** The DoH settings of your Zero Trust organization, as updated. */
export interface DOHUpdateResponse {
  /** The ID of the service token. */
  id?: string;
  /** The Client ID for the service token. Access will check for this value in the CF-Access-Client-ID request header. */
  client_id?: string;
  /** The duration for how long the service token will be valid. Must be in the format `300ms` or `2h45m`, or the special value `forever` for non-expiring tokens. Valid time units are: ns, us (or µs), ms, s, m, h. The default is 1 year in hours (8760h). */
  duration?: string;
  /** Whether the service token is enabled. A disabled service token cannot be used to authenticate; both its current and previous `client_secret` stop being accepted, but the token itself is preserved and can be re-enabled at any time. Defaults to enabled when omitted on create. */
  enabled?: boolean;
  expires_at?: string;
  /** The name of the service token. */
  name?: string;
  /** The duration the DoH JWT is valid for. Must be in the format 300ms or 2h45m. Valid time units are: ns, us (or µs), ms, s, m, h. Note that the maximum duration for this setting is the same as the key rotation period on the account. Default expiration is 24h */
  doh_jwt_duration?: string;
}

/** Parameters of `zeroTrust.organizations.doh.get`. */
export type DOHGetParams = AccountScope;
/** Parameters of `zeroTrust.organizations.doh.update`. */
export type DOHUpdateParams = AccountScope & {
  /** The duration the DoH JWT is valid for. Must be in the format `300ms` or `2h45m`. Valid time units are: ns, us (or µs), ms, s, m, h. Note that the maximum duration for this setting is the same as the key rotation period on the account. Default expiration is 24h */
  doh_jwt_duration?: string;
  /** The uuid of the service token you want to use for DoH authentication */
  service_token_id?: string;
};

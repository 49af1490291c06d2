// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';

/** The configuration object which contains the details for the WARP client to conduct the test. */
export interface DEXTestSchemaData {
  /** The desired endpoint to test. */
  host: string;
  /** The type of test. */
  kind: 'http' | 'traceroute';
  /** The HTTP request method type. */
  method?: 'GET';
}

export interface DEXTestTargetPolicy {
  /** The id of the DEX rule. */
  id: string;
  /** Whether the DEX rule is the account default. */
  default?: boolean;
  /** The name of the DEX rule. */
  name?: string;
}

export interface DEXTestSchemaHTTP {
  /** The configuration object which contains the details for the WARP client to conduct the test. */
  data: DEXTestSchemaData;
  /** Determines whether or not the test is active. */
  enabled: boolean;
  /** How often the test will run. */
  interval: string;
  /** The name of the DEX test. Must be unique. */
  name: string;
  /**
   * Date the test was created, in RFC 3339 format.
   *
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  created?: string;
  /** Additional details about the test. */
  description?: string;
  /** DEX rules targeted by this test */
  target_policies?: Array<DEXTestTargetPolicy>;
  targeted?: boolean;
  /**
   * The unique identifier for the test.
   *
   * Returned by the API; not accepted in requests.
   */
  test_id?: string;
  /**
   * Date the test was last updated, in RFC 3339 format.
   *
   * Returned by the API; not accepted in requests.
   *
   * @format date-time
   */
  updated?: string;
}

export interface DEXTestDeleteResponse {
  dex_tests?: Array<DEXTestSchemaHTTP>;
}

/** Parameters of `zeroTrust.devices.dexTests.list`. */
export type DEXTestListParams = AccountScope & {
  /** Filter by test type. */
  kind?: 'http' | 'traceroute';
  /** Filter by test name. */
  testName?: string;
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
/** Parameters of `zeroTrust.devices.dexTests.get`. */
export type DEXTestGetParams = AccountScope;
/** Parameters of `zeroTrust.devices.dexTests.create`. */
export type DEXTestCreateParams = AccountScope & {
  /** The configuration object which contains the details for the WARP client to conduct the test. */
  data: DEXTestSchemaData;
  /** Determines whether or not the test is active. */
  enabled: boolean;
  /** How often the test will run. */
  interval: string;
  /** The name of the DEX test. Must be unique. */
  name: string;
  /** Additional details about the test. */
  description?: string;
  /** DEX rules targeted by this test */
  target_policies?: Array<DEXTestTargetPolicy>;
  targeted?: boolean;
};
/** Parameters of `zeroTrust.devices.dexTests.update`. */
export type DEXTestUpdateParams = AccountScope & {
  /** The configuration object which contains the details for the WARP client to conduct the test. */
  data: DEXTestSchemaData;
  /** Determines whether or not the test is active. */
  enabled: boolean;
  /** How often the test will run. */
  interval: string;
  /** The name of the DEX test. Must be unique. */
  name: string;
  /** Additional details about the test. */
  description?: string;
  /** DEX rules targeted by this test */
  target_policies?: Array<DEXTestTargetPolicy>;
  targeted?: boolean;
};
/** Parameters of `zeroTrust.devices.dexTests.delete`. */
export type DEXTestDeleteParams = AccountScope;

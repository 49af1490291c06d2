// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, PagePromise, RequestOptions } from '../../../runtime/index.js';
import { APIResource } from '../../../runtime/resource.js';
import type {
  DEXTestCreateParams,
  DEXTestDeleteParams,
  DEXTestDeleteResponse,
  DEXTestGetParams,
  DEXTestListParams,
  DEXTestSchemaHTTP,
  DEXTestUpdateParams,
} from '../../../types/devices/dex-tests.js';

const endpoints = {
  list: {
    id: 'zeroTrust.devices.dexTests.list',
    method: 'GET',
    path: '/accounts/{account_id}/dex/devices/dex_tests',
    query: ['kind', 'testName'],
    pagination: 'page',
  },
  get: {
    id: 'zeroTrust.devices.dexTests.get',
    method: 'GET',
    path: '/accounts/{account_id}/dex/devices/dex_tests/{dex_test_id}',
    pathParams: ['dex_test_id'],
  },
  create: {
    id: 'zeroTrust.devices.dexTests.create',
    method: 'POST',
    path: '/accounts/{account_id}/dex/devices/dex_tests',
    body: 'params',
  },
  update: {
    id: 'zeroTrust.devices.dexTests.update',
    method: 'PUT',
    path: '/accounts/{account_id}/dex/devices/dex_tests/{dex_test_id}',
    pathParams: ['dex_test_id'],
    body: 'params',
  },
  delete: {
    id: 'zeroTrust.devices.dexTests.delete',
    method: 'DELETE',
    path: '/accounts/{account_id}/dex/devices/dex_tests/{dex_test_id}',
    pathParams: ['dex_test_id'],
  },
} satisfies Record<string, Endpoint>;

/**
 * Device DEX tests
 *
 * Digital Experience Monitoring (DEX) tests that the WARP client runs from devices: HTTP or traceroute checks of a host, at a set interval.
 */
export class BaseDEXTests extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zeroTrust.devices.dexTests`. */
  static readonly _key: readonly ['zeroTrust', 'devices', 'dexTests'] = [
    'zeroTrust',
    'devices',
    'dexTests',
  ];

  /**
   * List Device DEX tests
   *
   * Fetch all DEX tests.
   *
   * `GET /accounts/{account_id}/dex/devices/dex_tests`
   */
  list(params: DEXTestListParams, options?: RequestOptions): PagePromise<DEXTestSchemaHTTP> {
    return this._client.requestPage(endpoints.list, [], params, options);
  }

  /**
   * Get Device DEX test
   *
   * Fetch a single DEX test.
   *
   * `GET /accounts/{account_id}/dex/devices/dex_tests/{dex_test_id}`
   */
  get(
    dexTestID: string,
    params: DEXTestGetParams,
    options?: RequestOptions,
  ): APIPromise<DEXTestSchemaHTTP> {
    return this._client.request(endpoints.get, [dexTestID], params, options);
  }

  /**
   * Create Device DEX test
   *
   * Create a DEX test.
   *
   * `POST /accounts/{account_id}/dex/devices/dex_tests`
   */
  create(params: DEXTestCreateParams, options?: RequestOptions): APIPromise<DEXTestSchemaHTTP> {
    return this._client.request(endpoints.create, [], params, options);
  }

  /**
   * Update Device DEX test
   *
   * Update a DEX test.
   *
   * `PUT /accounts/{account_id}/dex/devices/dex_tests/{dex_test_id}`
   */
  update(
    dexTestID: string,
    params: DEXTestUpdateParams,
    options?: RequestOptions,
  ): APIPromise<DEXTestSchemaHTTP> {
    return this._client.request(endpoints.update, [dexTestID], params, options);
  }

  /**
   * Delete Device DEX test
   *
   * Delete a Device DEX test. Returns the remaining device dex tests for the account.
   *
   * `DELETE /accounts/{account_id}/dex/devices/dex_tests/{dex_test_id}`
   */
  delete(
    dexTestID: string,
    params: DEXTestDeleteParams,
    options?: RequestOptions,
  ): APIPromise<DEXTestDeleteResponse> {
    return this._client.request(endpoints.delete, [dexTestID], params, options);
  }
}

/**
 * Device DEX tests
 *
 * Digital Experience Monitoring (DEX) tests that the WARP client runs from devices: HTTP or traceroute checks of a host, at a set interval.
 */
export class DEXTests extends BaseDEXTests {}

// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { APIPromise, Endpoint, PagePromise, RequestOptions } from '../../runtime/index.js';
import { APIResource } from '../../runtime/resource.js';
import type {
  Pet,
  PetCreateParams,
  PetGetParams,
  PetListParams,
  PetSetTagsParams,
} from '../../types/pets.js';

const endpoints = {
  list: {
    id: 'zoo.pets.list',
    method: 'GET',
    path: '/accounts/{account_id}/pets',
    query: ['kind'],
    pagination: 'cursor',
  },
  get: {
    id: 'zoo.pets.get',
    method: 'GET',
    path: '/{accounts_or_zones}/{account_or_zone_id}/pets/{pet_id}',
    pathParams: ['pet_id'],
  },
  create: {
    id: 'zoo.pets.create',
    method: 'POST',
    path: '/accounts/{account_id}/pets',
    body: 'params',
  },
  setTags: {
    id: 'zoo.pets.setTags',
    method: 'PUT',
    path: '/zones/{zone_id}/pets/{pet_id}/tags',
    pathParams: ['pet_id'],
    body: {
      param: 'body',
    },
  },
  ping: {
    id: 'zoo.pets.ping',
    method: 'GET',
    path: '/ping',
    unwrap: null,
  },
} satisfies Record<string, Endpoint>;

/**
 * Pets
 *
 * Animals that live in the zoo.
 */
export class BasePets extends APIResource {
  /** Where `createClient({ resources })` places the resource: `client.zoo.pets`. */
  static readonly _key: readonly ['zoo', 'pets'] = ['zoo', 'pets'];

  /**
   * List pets
   *
   * `GET /accounts/{account_id}/pets`
   */
  list(params: PetListParams, options?: RequestOptions): PagePromise<Pet> {
    return this._client.requestPage(endpoints.list, [], params, options);
  }

  /**
   * Get a pet
   *
   * Fetches one pet.
   *
   * `GET /{accounts_or_zones}/{account_or_zone_id}/pets/{pet_id}`
   */
  get(petID: string, params: PetGetParams, options?: RequestOptions): APIPromise<Pet> {
    return this._client.request(endpoints.get, [petID], params, options);
  }

  /**
   * Add a pet
   *
   * `POST /accounts/{account_id}/pets`
   */
  create(params: PetCreateParams, options?: RequestOptions): APIPromise<Pet> {
    return this._client.request(endpoints.create, [], params, options);
  }

  /**
   * Replace a pet's tags
   *
   * `PUT /zones/{zone_id}/pets/{pet_id}/tags`
   *
   * @deprecated
   */
  setTags(
    petID: string,
    params: PetSetTagsParams,
    options?: RequestOptions,
  ): APIPromise<Array<string>> {
    return this._client.request(endpoints.setTags, [petID], params, options);
  }

  /**
   * Check the zoo is up
   *
   * `GET /ping`
   */
  ping(options?: RequestOptions): APIPromise<{
    ok: boolean;
  }> {
    return this._client.request(endpoints.ping, [], undefined, options);
  }
}

/**
 * Pets
 *
 * Animals that live in the zoo.
 */
export class Pets extends BasePets {}

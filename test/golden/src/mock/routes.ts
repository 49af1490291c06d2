// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { MockRoute } from './route.js';

/** What the mock server does for each endpoint of the spec. */
export const MOCK_ROUTES: readonly MockRoute[] = [
  {
    id: 'zoo.pets.list',
    method: 'GET',
    path: '/accounts/{account_id}/pets',
    pagination: 'cursor',
    query: {
      kind: 'string',
      cursor: 'string',
    },
    action: 'list',
    store: '/{accounts_or_zones}/{account_or_zone_id}/pets',
    itemParam: 'pet_id',
    idField: 'id',
    idFormat: 'uuid',
    filters: ['kind'],
  },
  {
    id: 'zoo.pets.get',
    method: 'GET',
    path: '/{accounts_or_zones}/{account_or_zone_id}/pets/{pet_id}',
    action: 'get',
    store: '/{accounts_or_zones}/{account_or_zone_id}/pets',
    itemParam: 'pet_id',
    idField: 'id',
    idFormat: 'uuid',
    template: {
      id: '699d9864-2c56-4d2e-855e-9661899b7252',
      kind: 'cat',
      name: 'Tom',
    },
  },
  {
    id: 'zoo.pets.create',
    method: 'POST',
    path: '/accounts/{account_id}/pets',
    body: 'params',
    action: 'create',
    store: '/{accounts_or_zones}/{account_or_zone_id}/pets',
    itemParam: 'pet_id',
    idField: 'id',
    idFormat: 'uuid',
    template: {
      id: '699d9864-2c56-4d2e-855e-9661899b7252',
      kind: 'cat',
      name: 'Tom',
    },
  },
  {
    id: 'zoo.pets.setTags',
    method: 'PUT',
    path: '/zones/{zone_id}/pets/{pet_id}/tags',
    body: {
      param: 'body',
    },
    action: 'example',
    template: ['Engineering'],
  },
  {
    id: 'zoo.pets.ping',
    method: 'GET',
    path: '/ping',
    action: 'example',
    template: {
      ok: true,
    },
  },
];

/** What the mock server does per endpoint, as read from the real spec's paths and names. */
import { describe, expect, it } from 'vitest';
import { mockRoutes } from '../../../generator/emit/mock-routes.js';
import { readSpec } from '../../../generator/pipeline.js';
import { SPEC_DIR } from '../../helpers/paths.js';

const routes = new Map(
  mockRoutes(await readSpec({ specDir: SPEC_DIR, specLabel: 'spec' })).map((r) => [r.id.replace('zeroTrust.', ''), r]),
);
const route = (id: string) => routes.get(id)!;

describe('mock routes', () => {
  it('a resource with an item path is a collection: create, list, get, update, delete', () => {
    const groups = ['create', 'list', 'get', 'update', 'delete'].map((m) => route(`access.groups.${m}`));
    expect(groups.map((r) => r.action)).toEqual(['create', 'list', 'get', 'replace', 'delete']);
    for (const r of groups) {
      expect(r).toMatchObject({
        store: '/{accounts_or_zones}/{account_or_zone_id}/access/groups',
        itemParam: 'group_id',
        idField: 'id',
        createdFields: ['created_at'],
        updatedFields: ['updated_at'],
      });
    }
    expect(route('access.groups.list')).toMatchObject({ pagination: 'page', filters: ['name'] });
    // A new item starts from the required fields of the item type: a group has none.
    expect(route('access.groups.create').template).toEqual({});
    expect(route('access.applications.create').template).toEqual({ domain: 'test.example.com/admin', type: 'self_hosted' });
  });

  it('PATCH merges; a delete that lists answers with what is left', () => {
    expect(route('devices.deploymentGroups.edit').action).toBe('merge');
    expect(route('devices.networks.delete')).toMatchObject({
      action: 'delete',
      pagination: 'single',
      template: undefined,
    });
  });

  it('the id field is the item placeholder, a shorter form of it, or id', () => {
    expect(route('devices.networks.get').idField).toBe('network_id');
    expect(route('devices.dexTests.get').idField).toBe('test_id');
    expect(route('identityProviders.get').idField).toBe('id');
  });

  it('a list at another path than its items still lists the collection', () => {
    expect(route('devices.policies.custom.list')).toMatchObject({
      path: '/accounts/{account_id}/devices/policies',
      action: 'list',
      store: '/accounts/{account_id}/devices/policy',
    });
  });

  it('without an item path, a resource is one value per path', () => {
    const settings = ['get', 'update', 'edit', 'delete'].map((m) => route(`devices.settings.${m}`));
    expect(settings.map((r) => r.action)).toEqual(['get', 'replace', 'merge', 'delete']);
    expect(new Set(settings.map((r) => r.store))).toEqual(new Set(['/accounts/{account_id}/devices/settings']));
    expect(settings.every((r) => r.itemParam === undefined)).toBe(true);
    // A create next to a read of the same path sets the value.
    expect(route('organizations.create').action).toBe('replace');
    expect(route('identityProviders.scim.users.list')).toMatchObject({ action: 'list', pagination: 'page' });
  });

  it('actions answer with the example and keep no state', () => {
    for (const id of ['devices.revoke.create', 'devices.registrations.bulkDelete', 'organizations.revokeUsers']) {
      expect(route(id).action).toBe('example');
      expect(route(id).store).toBeUndefined();
    }
  });

  it('query parameters carry their types, by the names the API reads', () => {
    expect(route('access.applications.list').query).toMatchObject({
      exact: 'boolean',
      page: 'number',
      per_page: 'number',
    });
    expect(route('devices.registrations.list').filters).toEqual(['id', 'registration_type']);
    expect(route('devices.registrations.list').query?.['id']).toEqual({ array: 'string' });
    // The same name in the query and the body, each a params field of its own.
    expect(route('organizations.revokeUsers')).toMatchObject({
      queryNames: { devices: 'query_devices' },
      bodyNames: { devices: 'body_devices' },
    });
  });
});

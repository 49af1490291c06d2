import { describe, expect, it } from 'vitest';
import type { Spec } from '../../../generator/ir.js';
import { clientTree, importPath } from '../../../generator/layout.js';
import { className } from '../../../generator/names.js';
import { fixtureFile } from '../../helpers/fixture-output.js';

describe('client emitter', () => {
  it('describes each endpoint as data for the runtime', async () => {
    const pets = await fixtureFile('src/resources/zoo/pets.ts');
    expect(pets).toContain(
      "setTags: {\n    id: 'zoo.pets.setTags',\n    method: 'PUT',\n    path: '/zones/{zone_id}/pets/{pet_id}/tags',\n    pathParams: ['pet_id'],\n    body: {\n      param: 'body',\n    },\n  },",
    );
    expect(pets).toContain(
      "ping: {\n    id: 'zoo.pets.ping',\n    method: 'GET',\n    path: '/ping',\n    unwrap: null,\n  },",
    );
  });

  it('writes one-line methods: positional ids, params, options', async () => {
    const pets = await fixtureFile('src/resources/zoo/pets.ts');
    expect(pets).toContain(
      'get(petID: string, params: PetGetParams, options?: RequestOptions): APIPromise<Pet> {\n    return this._client.request(endpoints.get, [petID], params, options);\n  }',
    );
    expect(pets).toContain(
      'list(params: PetListParams, options?: RequestOptions): PagePromise<Pet> {\n    return this._client.requestPage(endpoints.list, [], params, options);',
    );
    expect(pets).toContain(
      'ping(options?: RequestOptions): APIPromise<{\n    ok: boolean;\n  }> {\n    return this._client.request(endpoints.ping, [], undefined, options);',
    );
    expect(pets).toMatch(/\* @deprecated\n {3}\*\/\n {2}setTags\(/);
  });

  it('builds the tree of resource classes under the client', async () => {
    const zoo = await fixtureFile('src/resources/zoo/zoo.ts');
    expect(zoo).toContain(
      "export class BaseZoo extends APIResource {\n  /** Where `createClient({ resources })` places the resource: `client.zoo`. */\n  static readonly _key: readonly ['zoo'] = ['zoo'];\n}",
    );
    expect(zoo).toContain('export class Zoo extends BaseZoo {\n  readonly pets: Pets = new Pets(this._client);\n}');
    expect(await fixtureFile('src/resources/zoo.ts')).toContain("export * from './zoo/index.js';");
    expect(await fixtureFile('src/resources/zoo/index.ts')).toContain(
      "export { Zoo, BaseZoo } from './zoo.js';\nexport { Pets, BasePets } from './pets.js';",
    );
    expect(await fixtureFile('src/client.ts')).toContain('readonly zoo: Zoo = new Zoo(this);');
  });

  it("lays the classes out at the SDK's paths, a child named as its folder in a module of its own", () => {
    const resource = (path: string[]) => ({
      path,
      title: '',
      typePrefix: 'X',
      module: path.join('/'),
      endpoints: [],
      loc: { file: '', line: 1, col: 1 },
    });
    const spec = {
      resources: [resource(['zeroTrust', 'devices']), resource(['zeroTrust', 'devices', 'devices'])],
    } as unknown as Spec;
    const devices = clientTree(spec).children[0]!.children[0]!;
    expect([devices.className, devices.baseClassName, devices.file, devices.folder]).toEqual([
      'Devices',
      'BaseDevices',
      'src/resources/zero-trust/devices/devices.ts',
      { reexport: 'src/resources/zero-trust/devices.ts', index: 'src/resources/zero-trust/devices/index.ts' },
    ]);
    expect([devices.children[0]!.className, devices.children[0]!.file, devices.children[0]!.folder]).toEqual([
      'Devices',
      'src/resources/zero-trust/devices/devices_.ts',
      undefined,
    ]);
  });

  it('spells class names as the SDK does', () => {
    expect(['dexTests', 'ipProfiles', 'doh', 'scim', 'globalWARPOverride', 'groups'].map(className)).toEqual([
      'DEXTests',
      'IPProfiles',
      'DOH',
      'SCIM',
      'GlobalWARPOverride',
      'Groups',
    ]);
  });

  it('computes relative import paths', () => {
    expect(importPath('src/resources/zoo/pets.ts', 'src/types/pets.ts')).toBe('../../types/pets.js');
    expect(importPath('src/types/pets.ts', 'src/types/shared/people.ts')).toBe('./shared/people.js');
  });
});

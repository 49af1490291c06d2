import { describe, expect, it } from 'vitest';
import { emitClient } from '../../../generator/emit/client.js';
import { PETS_YAML, planOf, printedFiles } from '../../helpers/emit-stages.js';
import { API_YAML } from '../../helpers/spec-stages.js';
import { fixtureFile } from '../../helpers/fixture-output.js';

describe('client emitter', () => {
  // As ts-morph prints them; Biome lays them out (their indentation too) when the files are written.
  const files = printedFiles(planOf({ 'pets.yaml': PETS_YAML }), emitClient);

  it("writes a module per node of the client tree, and a folder's modules where a node has children", () => {
    expect([...files.keys()]).toEqual([
      'src/client.ts',
      'src/resources/zoo/zoo.ts',
      'src/resources/zoo.ts',
      'src/resources/zoo/index.ts',
      'src/resources/zoo/pets.ts',
    ]);
    expect(files.get('src/resources/zoo.ts')).toBe('export * from "./zoo/index.js";\n');
    expect(files.get('src/resources/zoo/index.ts')).toBe(
      'export { Zoo, BaseZoo } from "./zoo.js";\nexport { Pets, BasePets } from "./pets.js";\n',
    );
  });

  it("shows the client made with the first credential the spec names, from its environment variable where it has one", () => {
    const api = API_YAML.replace(
      /  auth:\n[\s\S]*?(?=  envelope:)/,
      '  auth:\n    - name: key\n      headers: { X-Email: "{apiEmail}", X-Key: "{apiKey}" }\n      env: { apiKey: ZOO_KEY }\n',
    );
    const client = printedFiles(planOf({ 'api.yaml': api, 'pets.yaml': PETS_YAML }), emitClient).get('src/client.ts')!;
    expect(client).toContain(" * const client = new Cloudflare({ apiEmail: '<apiEmail>', apiKey: process.env.ZOO_KEY });\n");
  });

  it('writes the client: its options, one per credential, and the top of the tree', () => {
    expect(files.get('src/client.ts')).toBe(`import { API } from "./api.js";
import { Zoo } from "./resources/zoo/zoo.js";
import { BaseClient, type BaseClientOptions } from "./runtime/index.js";

/** Options of the client. Credentials given here win over environment variables, which are read only when none is given. */
export interface ClientOptions extends BaseClientOptions {
    /**
     * apiToken
     *
     * Defaults to the \`ZOO_TOKEN\` environment variable when no credential is given.
     */
    apiToken?: string | null;
}

/**
 * Zoo API client.
 *
 * @example
 * \`\`\`ts
 * const client = new Cloudflare({ apiToken: process.env.ZOO_TOKEN });
 * \`\`\`
 */
export class Cloudflare extends BaseClient {
    readonly zoo: Zoo = new Zoo(this);

    constructor(options: ClientOptions = {}) {
        super(options, API);
    }
}

export default Cloudflare;
`);
  });

  it('writes a node without endpoints: its key and its children', () => {
    expect(files.get('src/resources/zoo/zoo.ts')).toBe(`import { APIResource } from "../../runtime/resource.js";
import { Pets } from "./pets.js";

export class BaseZoo extends APIResource {
    /** Where \`createClient({ resources })\` places the resource: \`client.zoo\`. */
    static readonly _key: readonly ['zoo'] = ['zoo'];
}

export class Zoo extends BaseZoo {
    readonly pets: Pets = new Pets(this._client);
}
`);
  });

  it('writes a resource: its endpoints as data for the runtime, and a one-line method for each', () => {
    expect(files.get('src/resources/zoo/pets.ts'))
      .toBe(`import type { APIPromise, Endpoint, PagePromise, RequestOptions } from "../../runtime/index.js";
import { APIResource } from "../../runtime/resource.js";
import type { Pet, PetGetParams, PetListParams } from "../../types/pets.js";

const endpoints = {
        list: {
            id: 'zoo.pets.list',
            method: 'GET',
            path: '/accounts/{account_id}/pets',
            query: ['name'],
            pagination: 'page',
        },
        get: {
            id: 'zoo.pets.get',
            method: 'GET',
            path: '/accounts/{account_id}/pets/{pet_id}',
            pathParams: ['pet_id'],
        },
    } satisfies Record<string, Endpoint>;

/** Pets */
export class BasePets extends APIResource {
    /** Where \`createClient({ resources })\` places the resource: \`client.zoo.pets\`. */
    static readonly _key: readonly ['zoo', 'pets'] = ['zoo', 'pets'];

    /**
     * List pets
     *
     * \`GET /accounts/{account_id}/pets\`
     */
    list(params: PetListParams, options?: RequestOptions): PagePromise<Pet> {
        return this._client.requestPage(endpoints.list, [], params, options);
    }

    /**
     * Get a pet
     *
     * \`GET /accounts/{account_id}/pets/{pet_id}\`
     */
    get(petID: string, params: PetGetParams, options?: RequestOptions): APIPromise<Pet> {
        return this._client.request(endpoints.get, [petID], params, options);
    }
}

/** Pets */
export class Pets extends BasePets {
}
`);
  });

  it('describes a body param and an answer returned as it is', async () => {
    const pets = await fixtureFile('src/resources/zoo/pets.ts');
    expect(pets).toContain(
      "setTags: {\n    id: 'zoo.pets.setTags',\n    method: 'PUT',\n    path: '/zones/{zone_id}/pets/{pet_id}/tags',\n    pathParams: ['pet_id'],\n    body: {\n      param: 'body',\n    },\n  },",
    );
    expect(pets).toContain(
      "ping: {\n    id: 'zoo.pets.ping',\n    method: 'GET',\n    path: '/ping',\n    unwrap: null,\n  },",
    );
  });

  it('writes a method without params and with an inline result type, and a deprecated one', async () => {
    const pets = await fixtureFile('src/resources/zoo/pets.ts');
    expect(pets).toContain(
      'ping(options?: RequestOptions): APIPromise<{\n    ok: boolean;\n  }> {\n    return this._client.request(endpoints.ping, [], undefined, options);',
    );
    expect(pets).toMatch(/\* @deprecated\n {3}\*\/\n {2}setTags\(/);
  });
});

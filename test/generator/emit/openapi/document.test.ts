/** The OpenAPI document's parts that come from the api file and the resources: info, servers, tags. */
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../../generator/emit/openapi/document.js';
import { planOf } from '../../../helpers/emit-stages.js';
import { API_YAML, resourceYaml } from '../../../helpers/spec-stages.js';

describe('openApiDocument', () => {
  it('describes the API and tags each resource, with the descriptions and license the spec gives', () => {
    const api = API_YAML.replace('  baseURL:', '  description: The <b>zoo</b>.\n  baseURL:').replace(
      'version: 1.0.0 }',
      'version: 1.0.0, license: Apache-2.0 }',
    );
    const pets = resourceYaml('  ping: { http: GET /ping }\n').replace(
      'typePrefix:',
      'description: Every *pet*.\ntypePrefix:',
    );
    const document = openApiDocument(planOf({ 'api.yaml': api, 'pets.yaml': pets }));
    expect([document['info'], document['servers'], document['tags']]).toEqual([
      {
        title: 'Zoo API',
        version: '1.0.0',
        description: 'The &lt;b&gt;zoo&lt;/b&gt;.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      [{ url: 'https://zoo.example.com/v1' }],
      [{ name: 'Pets', description: 'Every *pet*.', 'x-sdk-resource': 'zoo.pets' }],
    ]);
  });
});

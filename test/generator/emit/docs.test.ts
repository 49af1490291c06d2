import { describe, expect, it } from 'vitest';
import { fixtureFile } from '../../helpers/fixture-output.js';

describe('docs emitter', () => {
  it('writes a page per resource with each method, its call and its parameters', async () => {
    const page = await fixtureFile('docs/zoo/pets.md');
    expect(page).toContain(
      '### get\n\n**Get a pet**: Fetches one pet.\n\n`client.zoo.pets.get(petID, { account_id })` · `GET /{accounts_or_zones}/{account_or_zone_id}/pets/{pet_id}`',
    );
    expect(page).toContain(
      "```ts\nconst result = await client.zoo.pets.get('699d9864-2c56-4d2e-855e-9661899b7252', {\n  account_id: '023e105f4ecef8ad9ca31a8372d0c353',\n});\nconsole.log(result);\n```",
    );
    expect(page).toContain('Give exactly one of `account_id` or `zone_id` in the params object.');
    expect(page).toMatch(/\| <a id="list-kind"><\/a>`kind` +\| `enum` +\| no +\| Only pets of this kind\. One of: `cat`, `dog`\. +\|/);
    // The same call as curl: the request the runtime builds, with the token from the environment.
    expect(page).toContain(
      "```sh\ncurl 'https://zoo.example.com/v1/accounts/023e105f4ecef8ad9ca31a8372d0c353/pets/699d9864-2c56-4d2e-855e-9661899b7252' \\\n  -H \"Authorization: Bearer $ZOO_TOKEN\"\n```",
    );
  });

  it('links types to their models, on the same page or another', async () => {
    const page = await fixtureFile('docs/zoo/pets.md');
    expect(page).toContain('Returns: [`Pet`](#pet).');
    expect(page).toMatch(/`owner` +\| \[`Owner`\]\(\.\.\/models\/shared\/people\.md#owner\) +\|/);
    expect(await fixtureFile('docs/models/shared/people.md')).toMatch(/`friends` +\| \[`Owner`\]\(#owner\)\[\] +\|/);
    // The site uses the markdown's anchors: a link copied from one works in the other.
    const site = await fixtureFile('docs/site/zoo/pets.html');
    expect(site).toContain('Returns <a href="#pet"><code>Pet</code></a>.');
    expect(site).toContain('<a href="../models/shared/people.html#owner"><code>Owner</code></a>');
    expect(site).toContain('<section class="method" id="get">');
    expect(site).toContain('<tr id="list-kind">');
  });

  it('marks deprecations and read-only fields, and says nothing of provenance', async () => {
    const page = await fixtureFile('docs/zoo/pets.md');
    expect(page).toContain('### setTags\n\n> **Deprecated.** This method is deprecated.');
    expect(page).toContain('`PUT /zones/{zone_id}/pets/{pet_id}/tags`\n');
    expect(page).toMatch(/<a id="animal-id"><\/a>`id` +\| `string` +\| yes +\| +`format: uuid`, `read-only` +\|/);
    expect(page).toMatch(/`size` +\| `enum` +\| no +\| +One of: `small`, `large`\. \*\*Deprecated\*\*: Use weight\. +\|/);
    for (const file of ['docs/zoo/pets.md', 'docs/site/zoo/pets.html', 'docs/index.md', 'docs/site/index.html'])
      expect(await fixtureFile(file)).not.toMatch(/Source:|seed|reference/);
  });

  it('indexes the resources and shared models', async () => {
    const index = await fixtureFile('docs/index.md');
    expect(index).toMatch(
      /\| \[Pets\]\(zoo\/pets\.md\) +\| `client\.zoo\.pets` +\| \[`list`\]\(zoo\/pets\.md#list\), \[`get`\]\(zoo\/pets\.md#get\), /,
    );
    expect(index).toContain('- [shared/people](models/shared/people.md): `Owner`');
  });
});

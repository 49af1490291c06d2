/**
 * The catalogue of bad specs: each case changes a small valid spec and names the exact
 * messages, with file, line and column, that generation must report.
 */
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../helpers/spec-dir.js';

const API = `api:
  title: T
  baseURL: https://example.com/v4
  package: { name: t, version: 1.0.0 }
  auth:
    - name: apiToken
      headers: { Authorization: "Bearer {apiToken}" }
      env: { apiToken: T_TOKEN }
  envelope:
    fields: [success, errors, messages, result, result_info]
    unwrap: result
  pagination:
    SinglePage: { style: single }
`;

const GROUPS = `resource: zeroTrust.access.groups
typePrefix: Group
models:
  Group:
    fields:
      id: { type: string, readOnly: true }
      rules: "Rule[]"
  Rule:
    fields:
      email: { type: string, format: email, required: true }
endpoints:
  get:
    http: GET /{accounts_or_zones}/{account_or_zone_id}/access/groups/{group_id}
    pathParams:
      group_id: string
    response: Group
`;

const ok = { 'api.yaml': API, 'groups.yaml': GROUPS };

/** The valid spec with one line of groups.yaml replaced. */
const groupsWith = (from: string, to: string) => {
  if (!GROUPS.includes(from)) throw new Error(`fixture has no ${from}`);
  return { ...ok, 'groups.yaml': GROUPS.replace(from, to) };
};

describe('spec diagnostics', () => {
  it('accepts the valid spec', async () => {
    expect(await diagnosticsOf(ok)).toBe('');
  });

  it.each<[string, Record<string, string | Uint8Array>, string]>([
    [
      'YAML syntax error',
      groupsWith('typePrefix: Group', 'typePrefix: [Group'),
      'spec/groups.yaml:3:1: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    [
      'duplicate key',
      groupsWith('typePrefix: Group', 'typePrefix: Group\ntypePrefix: Other'),
      'spec/groups.yaml:3:1: Map keys must be unique',
    ],
    [
      'tab indentation',
      groupsWith('    fields:\n      email', '    fields:\n\temail'),
      'spec/groups.yaml:10:1: Tabs are not allowed as indentation',
    ],
    [
      'unknown field, with a suggestion',
      groupsWith('format: email, required: true', 'format: email, requird: true'),
      'spec/groups.yaml:10:45: unknown field "requird" (did you mean "required"?)',
    ],
    [
      'wrong value type',
      groupsWith('format: email, required: true', 'format: email, required: yes please'),
      'spec/groups.yaml:10:55: "required" must be a boolean, not a string',
    ],
    [
      'value outside an enum',
      groupsWith('format: email', 'format: e-mail'),
      'spec/groups.yaml:10:38: "format" must be one of: date-time, date, uuid, email, uri, hostname, ipv4, ipv6, cidr',
    ],
    [
      'missing required field',
      groupsWith('    http: GET /{accounts_or_zones}/{account_or_zone_id}/access/groups/{group_id}\n', ''),
      'spec/groups.yaml:12:3: missing required field "http"',
    ],
    [
      'malformed http line',
      groupsWith('http: GET /{', 'http: FETCH /{'),
      'spec/groups.yaml:13:11: "http" must be "VERB /path", e.g. "GET /accounts/{account_id}/devices"',
    ],
    [
      'unknown type, with a suggestion',
      groupsWith('rules: "Rule[]"', 'rules: "Rules[]"'),
      'spec/groups.yaml:7:14: unknown type "Rules" (did you mean "Rule"?)',
    ],
    [
      'unknown type, nothing close',
      groupsWith('response: Group', 'response: Application'),
      'spec/groups.yaml:16:15: unknown type "Application"',
    ],
    [
      'malformed type expression',
      groupsWith('rules: "Rule[]"', 'rules: "Rule[[]"'),
      'spec/groups.yaml:7:14: invalid type expression "Rule[[]": unexpected text at character 5',
    ],
    [
      'model declared twice',
      { ...ok, 'more.yaml': 'models:\n  Rule:\n    enum: [a]\n' },
      'spec/more.yaml:2:3: model "Rule" is already declared at spec/groups.yaml:8:3',
    ],
    [
      'path parameter not declared',
      groupsWith('    pathParams:\n      group_id: string\n', ''),
      'spec/groups.yaml:13:11: path parameter "group_id" is in the path but not in pathParams',
    ],
    [
      'declared path parameter not in the path',
      groupsWith('      group_id: string\n', '      group_id: string\n      rule_id: string\n'),
      'spec/groups.yaml:16:7: path parameter "rule_id" is not in the path /{accounts_or_zones}/{account_or_zone_id}/access/groups/{group_id}',
    ],
    [
      'positional parameters out of order',
      groupsWith(
        'groups/{group_id}\n    pathParams:\n      group_id: string',
        'groups/{group_id}/rules/{rule_id}\n    pathParams:\n      rule_id: string\n      group_id: string',
      ),
      'spec/groups.yaml:15:7: pathParams must be in the order of the path: group_id, rule_id',
    ],
    [
      'enum with a duplicate value',
      { ...ok, 'more.yaml': 'models:\n  Level:\n    enum: [low, high, low]\n' },
      'spec/more.yaml:3:5: enum value "low" is listed twice',
    ],
    [
      'discriminated union of a non-object',
      {
        ...ok,
        'more.yaml': 'models:\n  Any:\n    oneOf: [Rule, Level]\n    discriminator: kind\n  Level:\n    enum: [low]\n',
      },
      'spec/more.yaml:3:13: variant "Rule" needs a required field "kind" with a "const" value\nspec/more.yaml:3:19: variant "Level" of a union discriminated by "kind" must be an object, not an enum',
    ],
    [
      'discriminator value repeated',
      {
        ...ok,
        'more.yaml':
          'models:\n  Any:\n    oneOf: [A, B]\n    discriminator: kind\n  A:\n    fields: { kind: { const: a, required: true } }\n  B:\n    fields: { kind: { const: a, required: true } }\n',
      },
      'spec/more.yaml:3:16: discriminator value "a" of "B" is already used by "A"',
    ],
    [
      'alias cycle',
      { ...ok, 'more.yaml': 'models:\n  A: { type: B }\n  B: { oneOf: [A, Rule] }\n' },
      'spec/more.yaml:2:3: models "A", "B" refer to each other without an object or list between them, which no type can express',
    ],
    [
      'default that breaks its own constraint',
      groupsWith('id: { type: string, readOnly: true }', 'id: { type: string, maxLength: 3, default: abcd }'),
      'spec/groups.yaml:6:19: default "abcd" is longer than maxLength 3',
    ],
    [
      'constraint on the wrong kind of type',
      groupsWith('id: { type: string, readOnly: true }', 'id: { type: integer, maxLength: 3 }'),
      'spec/groups.yaml:6:19: maxLength applies to strings, not to integer',
    ],
    [
      'unknown pagination kind',
      groupsWith('    response: Group', '    response: Group\n    pagination: V4Page'),
      'spec/groups.yaml:17:17: unknown pagination kind "V4Page" (known: SinglePage)',
    ],
    [
      'unwrap of a field the envelope lacks',
      groupsWith('    response: Group', '    response: Group\n    unwrap: data'),
      'spec/groups.yaml:17:13: unwrap names "data", which is not an envelope field (success, errors, messages, result, result_info) nor "none"',
    ],
    [
      'model name that is not an identifier',
      { ...ok, 'more.yaml': 'models:\n  class:\n    enum: [a]\n' },
      'spec/more.yaml:2:3: model name "class" is not a valid TypeScript identifier',
    ],
    [
      'resource without typePrefix',
      groupsWith('typePrefix: Group\n', ''),
      'spec/groups.yaml:10:1: a file with endpoints needs "typePrefix", which names its params types',
    ],
    ['empty file', { ...ok, 'empty.yaml': '# nothing here\n' }, 'spec/empty.yaml:1:1: spec file is empty'],
    [
      'file that is not UTF-8',
      { ...ok, 'latin1.yaml': new Uint8Array([0x6d, 0x6f, 0x64, 0x65, 0x6c, 0x73, 0x3a, 0x20, 0xe9, 0x0a]) },
      'spec/latin1.yaml:1:1: file is not valid UTF-8',
    ],
    [
      'file over the size limit',
      { ...ok, 'huge.yaml': `# ${'x'.repeat(3 * 1024 * 1024)}\n` },
      'spec/huge.yaml:1:1: file is 3145731 bytes; spec files are limited to 2097152 bytes',
    ],
    [
      '"required" outside a field',
      { ...ok, 'more.yaml': 'models:\n  Level:\n    enum: [low]\n    required: true\n' },
      'spec/more.yaml:4:15: "required" applies to fields only',
    ],
    [
      'scope keys clash with a parameter',
      groupsWith('      group_id: string\n', '      group_id: string\n    query:\n      account_id: string\n'),
      'spec/groups.yaml:17:7: parameter "account_id" of zeroTrust.access.groups.get is already taken by the scope',
    ],
    [
      'pagination parameter the runtime does not send',
      {
        ...ok,
        'api.yaml': API.replace(
          'SinglePage: { style: single }',
          'SinglePage: { style: single, query: { page: integer } }',
        ),
      },
      'spec/api.yaml:13:43: the runtime does not send "page" for single pagination (it sends: none)',
    ],
    [
      'extends an unknown model',
      { ...ok, 'more.yaml': 'models:\n  Admin:\n    extends: Grop\n    fields: { level: integer }\n' },
      'spec/more.yaml:3:14: unknown model "Grop" (did you mean "Group"?)',
    ],
    [
      'extends a model that is not an object',
      { ...ok, 'more.yaml': 'models:\n  Level: { enum: [low] }\n  Admin:\n    extends: [Group, Level]\n' },
      'spec/more.yaml:4:22: "Level" is not an object model, so its fields cannot be inherited',
    ],
    [
      'models that extend each other',
      { ...ok, 'more.yaml': 'models:\n  A: { extends: B }\n  B: { extends: A }\n' },
      'spec/more.yaml:3:17: "A" extends itself',
    ],
    [
      'cursor pagination on a POST',
      {
        'api.yaml': API.replace(
          'SinglePage: { style: single }',
          'SinglePage: { style: single }\n    Cursor: { style: cursor }',
        ),
        'groups.yaml': GROUPS.replace(
          'response: Group',
          'response: Group\n  create:\n    http: POST /accounts/{account_id}/groups\n    pagination: Cursor\n    response: Group',
        ),
      },
      'spec/groups.yaml:17:3: cursor pagination applies to GET endpoints, not POST',
    ],
  ])('%s', async (_name, files, expected) => {
    expect(await diagnosticsOf(files)).toBe(expected);
  });

  it('reports every error of a run at once, sorted by file and line', async () => {
    const files = {
      ...groupsWith('rules: "Rule[]"', 'rules: "Rules[]"'),
      'a.yaml': 'models:\n  X: { type: Nope }\n',
    };
    expect(await diagnosticsOf(files)).toBe(
      [
        'spec/a.yaml:2:14: unknown type "Nope"',
        'spec/groups.yaml:7:14: unknown type "Rules" (did you mean "Rule"?)',
      ].join('\n'),
    );
  });
});

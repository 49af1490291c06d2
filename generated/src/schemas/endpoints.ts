// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { SchemaRegistry } from '../runtime/index.js';
import {
  GroupCreateParamsSchema,
  GroupCreateResponseSchema,
  GroupDeleteParamsSchema,
  GroupDeleteResponseSchema,
  GroupGetParamsSchema,
  GroupGetResponseSchema,
  GroupListParamsSchema,
  GroupListResponseSchema,
  GroupUpdateParamsSchema,
  GroupUpdateResponseSchema,
} from './access/groups.js';

/** Each endpoint's params schema and the schema of its result (of one item, for lists). */
export const ENDPOINT_SCHEMAS = {
  'zeroTrust.access.groups.list': {
    request: GroupListParamsSchema,
    response: GroupListResponseSchema,
  },
  'zeroTrust.access.groups.get': {
    request: GroupGetParamsSchema,
    response: GroupGetResponseSchema,
  },
  'zeroTrust.access.groups.create': {
    request: GroupCreateParamsSchema,
    response: GroupCreateResponseSchema,
  },
  'zeroTrust.access.groups.update': {
    request: GroupUpdateParamsSchema,
    response: GroupUpdateResponseSchema,
  },
  'zeroTrust.access.groups.delete': {
    request: GroupDeleteParamsSchema,
    response: GroupDeleteResponseSchema,
  },
} satisfies SchemaRegistry;

// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  DEXTestCreateParams,
  DEXTestDeleteParams,
  DEXTestDeleteResponse,
  DEXTestGetParams,
  DEXTestListParams,
  DEXTestSchemaData,
  DEXTestSchemaHTTP,
  DEXTestTargetPolicy,
  DEXTestUpdateParams,
} from '../../types/devices/dex-tests.js';

/** The configuration object which contains the details for the WARP client to conduct the test. */
export const DEXTestSchemaDataSchema: z.ZodType<DEXTestSchemaData> = z.object({
  host: z.string(),
  kind: z.enum(['http', 'traceroute']),
  method: z.enum(['GET']).optional(),
});
export const DEXTestTargetPolicySchema: z.ZodType<DEXTestTargetPolicy> = z.object({
  id: z.string(),
  default: z.boolean().optional(),
  name: z.string().optional(),
});
export const DEXTestSchemaHTTPSchema: z.ZodType<DEXTestSchemaHTTP> = z.object({
  data: DEXTestSchemaDataSchema,
  enabled: z.boolean(),
  interval: z.string(),
  name: z.string(),
  created: z.iso.datetime({ offset: true }).optional(),
  description: z.string().optional(),
  target_policies: z.array(DEXTestTargetPolicySchema).optional(),
  targeted: z.boolean().optional(),
  test_id: z.string().optional(),
  updated: z.iso.datetime({ offset: true }).optional(),
});
export const DEXTestDeleteResponseSchema: z.ZodType<DEXTestDeleteResponse> = z.object({
  dex_tests: z.array(DEXTestSchemaHTTPSchema).optional(),
});
/** Parameters of `zeroTrust.devices.dexTests.list`. */
export const DEXTestListParamsSchema: z.ZodType<DEXTestListParams> = z.object({
  account_id: z.string(),
  kind: z.enum(['http', 'traceroute']).optional(),
  testName: z.string().optional(),
  page: z.int().min(1).optional(),
  per_page: z.int().min(1).optional(),
});
/** Parameters of `zeroTrust.devices.dexTests.get`. */
export const DEXTestGetParamsSchema: z.ZodType<DEXTestGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.dexTests.create`. */
export const DEXTestCreateParamsSchema: z.ZodType<DEXTestCreateParams> = z.object({
  account_id: z.string(),
  data: DEXTestSchemaDataSchema,
  enabled: z.boolean(),
  interval: z.string(),
  name: z.string(),
  description: z.string().optional(),
  target_policies: z.array(DEXTestTargetPolicySchema).optional(),
  targeted: z.boolean().optional(),
});
/** Parameters of `zeroTrust.devices.dexTests.update`. */
export const DEXTestUpdateParamsSchema: z.ZodType<DEXTestUpdateParams> = z.object({
  account_id: z.string(),
  data: DEXTestSchemaDataSchema,
  enabled: z.boolean(),
  interval: z.string(),
  name: z.string(),
  description: z.string().optional(),
  target_policies: z.array(DEXTestTargetPolicySchema).optional(),
  targeted: z.boolean().optional(),
});
/** Parameters of `zeroTrust.devices.dexTests.delete`. */
export const DEXTestDeleteParamsSchema: z.ZodType<DEXTestDeleteParams> = z.object({
  account_id: z.string(),
});

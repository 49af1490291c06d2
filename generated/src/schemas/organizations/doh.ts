// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  DOHGetParams,
  DOHGetResponse,
  DOHUpdateParams,
  DOHUpdateResponse,
} from '../../types/organizations/doh.js';

/** The DoH settings of your Zero Trust organization. */
export const DOHGetResponseSchema: z.ZodType<DOHGetResponse> = z.object({
  id: z.string().optional(),
  client_id: z.string().optional(),
  doh_jwt_duration: z.string().optional(),
  duration: z.string().optional(),
  enabled: z.boolean().optional(),
  expires_at: z.string().optional(),
  name: z.string().optional(),
});
/** The DoH settings of your Zero Trust organization, as updated. */
export const DOHUpdateResponseSchema: z.ZodType<DOHUpdateResponse> = z.object({
  id: z.string().optional(),
  client_id: z.string().optional(),
  duration: z.string().optional(),
  enabled: z.boolean().optional(),
  expires_at: z.string().optional(),
  name: z.string().optional(),
  doh_jwt_duration: z.string().optional(),
});
/** Parameters of `zeroTrust.organizations.doh.get`. */
export const DOHGetParamsSchema: z.ZodType<DOHGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.organizations.doh.update`. */
export const DOHUpdateParamsSchema: z.ZodType<DOHUpdateParams> = z.object({
  account_id: z.string(),
  doh_jwt_duration: z.string().optional(),
  service_token_id: z.string().optional(),
});

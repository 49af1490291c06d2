// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import { DevicePolicyFallbackDomainSchema } from './models.js';

/** Parameters of `zeroTrust.devices.policies.default.fallbackDomains.get`. */
export const DefaultFallbackDomainGetParamsSchema = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.policies.default.fallbackDomains.update`. */
export const DefaultFallbackDomainUpdateParamsSchema = z.object({
  account_id: z.string(),
  domains: z.array(DevicePolicyFallbackDomainSchema),
});

// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import { DevicePolicyFallbackDomainSchema } from './models.js';

/** Parameters of `zeroTrust.devices.policies.custom.fallbackDomains.get`. */
export const CustomFallbackDomainGetParamsSchema = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.policies.custom.fallbackDomains.update`. */
export const CustomFallbackDomainUpdateParamsSchema = z.object({
  account_id: z.string(),
  domains: z.array(DevicePolicyFallbackDomainSchema),
});

// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  CustomFallbackDomainGetParams,
  CustomFallbackDomainUpdateParams,
} from '../../../types/devices/policies/custom-fallback-domains.js';
import { DevicePolicyFallbackDomainSchema } from './models.js';

/** Parameters of `zeroTrust.devices.policies.custom.fallbackDomains.get`. */
export const CustomFallbackDomainGetParamsSchema: z.ZodType<CustomFallbackDomainGetParams> =
  z.object({
    account_id: z.string(),
  });
/** Parameters of `zeroTrust.devices.policies.custom.fallbackDomains.update`. */
export const CustomFallbackDomainUpdateParamsSchema: z.ZodType<CustomFallbackDomainUpdateParams> =
  z.object({
    account_id: z.string(),
    domains: z.array(DevicePolicyFallbackDomainSchema),
  });

// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';

/** Parameters of `zeroTrust.devices.policies.default.certificates.get`. */
export const DefaultCertificateGetParamsSchema = z.object({
  zone_id: z.string(),
});
/** Parameters of `zeroTrust.devices.policies.default.certificates.edit`. */
export const DefaultCertificateEditParamsSchema = z.object({
  zone_id: z.string(),
  enabled: z.boolean(),
});

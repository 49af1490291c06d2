// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  DefaultCertificateEditParams,
  DefaultCertificateGetParams,
} from '../../../types/devices/policies/default-certificates.js';

/** Parameters of `zeroTrust.devices.policies.default.certificates.get`. */
export const DefaultCertificateGetParamsSchema: z.ZodType<DefaultCertificateGetParams> = z.object({
  zone_id: z.string(),
});
/** Parameters of `zeroTrust.devices.policies.default.certificates.edit`. */
export const DefaultCertificateEditParamsSchema: z.ZodType<DefaultCertificateEditParams> = z.object(
  {
    zone_id: z.string(),
    enabled: z.boolean(),
  },
);

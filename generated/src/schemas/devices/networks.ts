// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  DeviceNetwork,
  DeviceNetworkConfig,
  NetworkCreateParams,
  NetworkDeleteParams,
  NetworkGetParams,
  NetworkListParams,
  NetworkUpdateParams,
} from '../../types/devices/networks.js';

/** The configuration object containing information for the WARP client to detect the managed network. */
export const DeviceNetworkConfigSchema: z.ZodType<DeviceNetworkConfig> = z.object({
  tls_sockaddr: z.string(),
  sha256: z.string().optional(),
});
export const DeviceNetworkSchema: z.ZodType<DeviceNetwork> = z.object({
  config: DeviceNetworkConfigSchema.optional(),
  name: z.string().optional(),
  network_id: z.string().optional(),
  type: z.enum(['tls']).optional(),
});
/** Parameters of `zeroTrust.devices.networks.list`. */
export const NetworkListParamsSchema: z.ZodType<NetworkListParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.networks.get`. */
export const NetworkGetParamsSchema: z.ZodType<NetworkGetParams> = z.object({
  account_id: z.string(),
});
/** Parameters of `zeroTrust.devices.networks.create`. */
export const NetworkCreateParamsSchema: z.ZodType<NetworkCreateParams> = z.object({
  account_id: z.string(),
  config: DeviceNetworkConfigSchema,
  name: z.string(),
  type: z.enum(['tls']),
});
/** Parameters of `zeroTrust.devices.networks.update`. */
export const NetworkUpdateParamsSchema: z.ZodType<NetworkUpdateParams> = z.object({
  account_id: z.string(),
  config: DeviceNetworkConfigSchema.optional(),
  name: z.string().optional(),
  type: z.enum(['tls']).optional(),
});
/** Parameters of `zeroTrust.devices.networks.delete`. */
export const NetworkDeleteParamsSchema: z.ZodType<NetworkDeleteParams> = z.object({
  account_id: z.string(),
});

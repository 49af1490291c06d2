// Generated from the YAML spec by `npm run generate`. Do not edit.
import { z } from 'zod';
import type {
  FleetStatusCPUPctByApp,
  FleetStatusDirectionalValue,
  FleetStatusGetParams,
  FleetStatusGetResponse,
  FleetStatusIPInfo,
  FleetStatusIPLocation,
  FleetStatusRTT,
  FleetStatusRamUsedPctByApp,
  FleetStatusTunnelStats,
} from '../../types/devices/fleet-status.js';

export const FleetStatusCPUPctByAppSchema: z.ZodType<FleetStatusCPUPctByApp> = z.object({
  cpu_pct: z.number().nullable().optional(),
  name: z.string().nullable().optional(),
});
export const FleetStatusIPLocationSchema: z.ZodType<FleetStatusIPLocation> = z.object({
  city: z.string().nullable().optional(),
  country_iso: z.string().nullable().optional(),
  state_iso: z.string().nullable().optional(),
  zip: z.string().nullable().optional(),
});
/** An IP address of the device, its gateway or its ISP (the SDK's DeviceIPV4, DeviceIPV6, GatewayIPV4, GatewayIPV6, ISPIPV4 and ISPIPV6). */
export const FleetStatusIPInfoSchema: z.ZodType<FleetStatusIPInfo> = z.object({
  address: z.string().nullable().optional(),
  asn: z.number().nullable().optional(),
  aso: z.string().nullable().optional(),
  location: FleetStatusIPLocationSchema.optional(),
  name: z.string().nullable().optional(),
  netmask: z.string().nullable().optional(),
  version: z.number().optional(),
});
export const FleetStatusRamUsedPctByAppSchema: z.ZodType<FleetStatusRamUsedPctByApp> = z.object({
  name: z.string().nullable().optional(),
  ram_used_pct: z.number().nullable().optional(),
});
/** A measurement split by direction (upstream and downstream). */
export const FleetStatusDirectionalValueSchema: z.ZodType<FleetStatusDirectionalValue> = z.object({
  downstream: z.number().nullable().optional(),
  upstream: z.number().nullable().optional(),
});
/** Round-trip time statistics for the WARP tunnel. */
export const FleetStatusRTTSchema: z.ZodType<FleetStatusRTT> = z.object({
  minRttUs: FleetStatusDirectionalValueSchema.nullable().optional(),
  rttUs: FleetStatusDirectionalValueSchema.nullable().optional(),
  rttVarUs: FleetStatusDirectionalValueSchema.nullable().optional(),
});
/** WARP tunnel packet and byte counters. */
export const FleetStatusTunnelStatsSchema: z.ZodType<FleetStatusTunnelStats> = z.object({
  bytesLost: FleetStatusDirectionalValueSchema.nullable().optional(),
  bytesReceived: FleetStatusDirectionalValueSchema.nullable().optional(),
  bytesRetransmitted: FleetStatusDirectionalValueSchema.nullable().optional(),
  bytesSent: FleetStatusDirectionalValueSchema.nullable().optional(),
  packetsLost: FleetStatusDirectionalValueSchema.nullable().optional(),
  packetsReceived: FleetStatusDirectionalValueSchema.nullable().optional(),
  packetsRetransmitted: FleetStatusDirectionalValueSchema.nullable().optional(),
  packetsSent: FleetStatusDirectionalValueSchema.nullable().optional(),
  statsWindowMs: z.number().nullable().optional(),
});
export const FleetStatusGetResponseSchema: z.ZodType<FleetStatusGetResponse> = z.object({
  colo: z.string(),
  deviceId: z.string(),
  mode: z.string(),
  platform: z.string(),
  status: z.string(),
  timestamp: z.string(),
  version: z.string(),
  alwaysOn: z.boolean().nullable().optional(),
  batteryCharging: z.boolean().nullable().optional(),
  batteryCycles: z.number().nullable().optional(),
  batteryPct: z.number().nullable().optional(),
  connectionType: z.string().nullable().optional(),
  cpuPct: z.number().nullable().optional(),
  cpuPctByApp: z.array(FleetStatusCPUPctByAppSchema).nullable().optional(),
  deviceIpv4: FleetStatusIPInfoSchema.nullable().optional(),
  deviceIpv6: FleetStatusIPInfoSchema.nullable().optional(),
  deviceName: z.string().optional(),
  deviceRegistration: z.string().nullable().optional(),
  diskReadBps: z.number().nullable().optional(),
  diskUsagePct: z.number().nullable().optional(),
  diskWriteBps: z.number().nullable().optional(),
  dohSubdomain: z.string().nullable().optional(),
  estimatedLossPct: z.number().nullable().optional(),
  firewallEnabled: z.boolean().nullable().optional(),
  gatewayIpv4: FleetStatusIPInfoSchema.nullable().optional(),
  gatewayIpv6: FleetStatusIPInfoSchema.nullable().optional(),
  handshakeLatencyMs: z.number().nullable().optional(),
  ispIpv4: FleetStatusIPInfoSchema.nullable().optional(),
  ispIpv6: FleetStatusIPInfoSchema.nullable().optional(),
  metal: z.string().nullable().optional(),
  networkRcvdBps: z.number().nullable().optional(),
  networkSentBps: z.number().nullable().optional(),
  networkSsid: z.string().nullable().optional(),
  personEmail: z.string().optional(),
  ramAvailableKb: z.number().nullable().optional(),
  ramUsedPct: z.number().nullable().optional(),
  ramUsedPctByApp: z.array(FleetStatusRamUsedPctByAppSchema).nullable().optional(),
  registrationId: z.string().nullable().optional(),
  rtt: FleetStatusRTTSchema.nullable().optional(),
  switchLocked: z.boolean().nullable().optional(),
  tunnelStats: FleetStatusTunnelStatsSchema.nullable().optional(),
  tunnelType: z.string().nullable().optional(),
  wifiStrengthDbm: z.number().nullable().optional(),
});
/** Parameters of `zeroTrust.devices.fleetStatus.get`. */
export const FleetStatusGetParamsSchema: z.ZodType<FleetStatusGetParams> = z.object({
  account_id: z.string(),
  since_minutes: z.number(),
  colo: z.string().optional(),
  time_now: z.string().optional(),
});

// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';

export interface FleetStatusGetResponse {
  /** Cloudflare colo airport code. */
  colo: string;
  /** Device identifier (UUID v4) */
  deviceId: string;
  /** The mode under which the WARP client is run. */
  mode: string;
  /** Operating system. */
  platform: string;
  /** Network status. */
  status: string;
  timestamp: string;
  /** WARP client version. */
  version: string;
  alwaysOn?: boolean | null;
  batteryCharging?: boolean | null;
  batteryCycles?: number | null;
  batteryPct?: number | null;
  connectionType?: string | null;
  cpuPct?: number | null;
  cpuPctByApp?: Array<FleetStatusCPUPctByApp> | null;
  deviceIpv4?: FleetStatusIPInfo | null;
  deviceIpv6?: FleetStatusIPInfo | null;
  /** Device identifier (human readable). */
  deviceName?: string;
  /** @deprecated Use `registrationId` instead. */
  deviceRegistration?: string | null;
  diskReadBps?: number | null;
  diskUsagePct?: number | null;
  diskWriteBps?: number | null;
  dohSubdomain?: string | null;
  estimatedLossPct?: number | null;
  firewallEnabled?: boolean | null;
  gatewayIpv4?: FleetStatusIPInfo | null;
  gatewayIpv6?: FleetStatusIPInfo | null;
  handshakeLatencyMs?: number | null;
  ispIpv4?: FleetStatusIPInfo | null;
  ispIpv6?: FleetStatusIPInfo | null;
  metal?: string | null;
  networkRcvdBps?: number | null;
  networkSentBps?: number | null;
  networkSsid?: string | null;
  /** User contact email address */
  personEmail?: string;
  ramAvailableKb?: number | null;
  ramUsedPct?: number | null;
  ramUsedPctByApp?: Array<FleetStatusRamUsedPctByApp> | null;
  /** Device registration identifier (UUID v4). On multi-user devices, this uniquely identifies a user's registration on the device. */
  registrationId?: string | null;
  /** Round-trip time statistics for the WARP tunnel. */
  rtt?: FleetStatusRTT | null;
  switchLocked?: boolean | null;
  /** WARP tunnel packet and byte counters. */
  tunnelStats?: FleetStatusTunnelStats | null;
  tunnelType?: string | null;
  wifiStrengthDbm?: number | null;
}

export interface FleetStatusCPUPctByApp {
  /** CPU usage percentage, on a scale of 0 to 100. */
  cpu_pct?: number | null;
  /** Application name. */
  name?: string | null;
}

export interface FleetStatusRamUsedPctByApp {
  /** Application name. */
  name?: string | null;
  /** RAM usage percentage, on a scale of 0 to 100. */
  ram_used_pct?: number | null;
}

/** An IP address of the device, its gateway or its ISP (the SDK's DeviceIPV4, DeviceIPV6, GatewayIPV4, GatewayIPV6, ISPIPV4 and ISPIPV6). */
export interface FleetStatusIPInfo {
  address?: string | null;
  asn?: number | null;
  aso?: string | null;
  location?: FleetStatusIPLocation;
  name?: string | null;
  netmask?: string | null;
  /** IP version (`1` for IPv4, `2` for IPv6, `0` if unknown). */
  version?: number;
}

export interface FleetStatusIPLocation {
  city?: string | null;
  country_iso?: string | null;
  state_iso?: string | null;
  zip?: string | null;
}

/** A measurement split by direction (upstream and downstream). */
export interface FleetStatusDirectionalValue {
  downstream?: number | null;
  upstream?: number | null;
}

/** Round-trip time statistics for the WARP tunnel. */
export interface FleetStatusRTT {
  /** Minimum round-trip time in microseconds. */
  minRttUs?: FleetStatusDirectionalValue | null;
  /** Round-trip time in microseconds. */
  rttUs?: FleetStatusDirectionalValue | null;
  /** Round-trip time variance in microseconds. */
  rttVarUs?: FleetStatusDirectionalValue | null;
}

/** WARP tunnel packet and byte counters. */
export interface FleetStatusTunnelStats {
  /** Number of bytes lost, split by direction. */
  bytesLost?: FleetStatusDirectionalValue | null;
  /** Number of bytes received, split by direction. */
  bytesReceived?: FleetStatusDirectionalValue | null;
  /** Number of bytes retransmitted, split by direction. */
  bytesRetransmitted?: FleetStatusDirectionalValue | null;
  /** Number of bytes sent, split by direction. */
  bytesSent?: FleetStatusDirectionalValue | null;
  /** Number of packets lost, split by direction. */
  packetsLost?: FleetStatusDirectionalValue | null;
  /** Number of packets received, split by direction. */
  packetsReceived?: FleetStatusDirectionalValue | null;
  /** Number of packets retransmitted, split by direction. */
  packetsRetransmitted?: FleetStatusDirectionalValue | null;
  /** Number of packets sent, split by direction. */
  packetsSent?: FleetStatusDirectionalValue | null;
  /** The measurement window duration in milliseconds. */
  statsWindowMs?: number | null;
}

/** Parameters of `zeroTrust.devices.fleetStatus.get`. */
export type FleetStatusGetParams = AccountScope & {
  /** Number of minutes before current time. */
  since_minutes: number;
  /** List of data centers to filter results. */
  colo?: string;
  /** Current time in ISO format. */
  time_now?: string;
};

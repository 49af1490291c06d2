// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';

/** The configuration object containing information for the WARP client to detect the managed network. */
export interface DeviceNetworkConfig {
  /** A network address of the form "host:port" that the WARP client will use to detect the presence of a TLS host. */
  tls_sockaddr: string;
  /** The SHA-256 hash of the TLS certificate presented by the host found at tls_sockaddr. If absent, regular certificate verification (trusted roots, valid timestamp, etc) will be used to validate the certificate. */
  sha256?: string;
}

export interface DeviceNetwork {
  /** The configuration object containing information for the WARP client to detect the managed network. */
  config?: DeviceNetworkConfig;
  /** The name of the device managed network. This name must be unique. */
  name?: string;
  /**
   * API UUID.
   *
   * Returned by the API; not accepted in requests.
   */
  network_id?: string;
  /** The type of device managed network. */
  type?: 'tls';
}

/** Parameters of `zeroTrust.devices.networks.list`. */
export type NetworkListParams = AccountScope;
/** Parameters of `zeroTrust.devices.networks.get`. */
export type NetworkGetParams = AccountScope;
/** Parameters of `zeroTrust.devices.networks.create`. */
export type NetworkCreateParams = AccountScope & {
  /** The configuration object containing information for the WARP client to detect the managed network. */
  config: DeviceNetworkConfig;
  /** The name of the device managed network. This name must be unique. */
  name: string;
  /** The type of device managed network. */
  type: 'tls';
};
/** Parameters of `zeroTrust.devices.networks.update`. */
export type NetworkUpdateParams = AccountScope & {
  /** The configuration object containing information for the WARP client to detect the managed network. */
  config?: DeviceNetworkConfig;
  /** The name of the device managed network. This name must be unique. */
  name?: string;
  /** The type of device managed network. */
  type?: 'tls';
};
/** Parameters of `zeroTrust.devices.networks.delete`. */
export type NetworkDeleteParams = AccountScope;

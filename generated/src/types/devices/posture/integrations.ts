// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../../runtime/index.js';

export interface DevicePostureIntegration {
  /**
   * API UUID.
   *
   * Returned by the API; not accepted in requests.
   */
  id?: string;
  /** The configuration object containing third-party integration information. */
  config?: DevicePostureIntegrationConfig;
  /** The interval between each posture check with the third-party API. Use `m` for minutes (e.g. `5m`) and `h` for hours (e.g. `12h`). */
  interval?: string;
  /** The name of the device posture integration. */
  name?: string;
  /** The type of device posture integration. */
  type?: DevicePostureIntegrationType;
}

/** The configuration object containing third-party integration information. */
export interface DevicePostureIntegrationConfig {
  /** The Workspace One API URL provided in the Workspace One Admin Dashboard. */
  api_url: string;
  /** The Workspace One Authorization URL depending on your region. */
  auth_url: string;
  /** The Workspace One client ID provided in the Workspace One Admin Dashboard. */
  client_id: string;
}

/** The type of device posture integration. */
export type DevicePostureIntegrationType =
  | 'workspace_one'
  | 'crowdstrike_s2s'
  | 'uptycs'
  | 'intune'
  | 'kolide'
  | 'tanium_s2s'
  | 'sentinelone_s2s'
  | 'custom_s2s';
/** The configuration object containing third-party integration information. */
export type DevicePostureIntegrationConfigRequest =
  | DevicePostureWorkspaceOneConfigRequest
  | DevicePostureCrowdstrikeConfigRequest
  | DevicePostureUptycsConfigRequest
  | DevicePostureIntuneConfigRequest
  | DevicePostureKolideConfigRequest
  | DevicePostureTaniumConfigRequest
  | DevicePostureSentineloneS2sConfigRequest
  | DevicePostureCustomS2sConfigRequest;

export interface DevicePostureWorkspaceOneConfigRequest {
  /** The Workspace One API URL provided in the Workspace One Admin Dashboard. */
  api_url: string;
  /** The Workspace One Authorization URL depending on your region. */
  auth_url: string;
  /** The Workspace One client ID provided in the Workspace One Admin Dashboard. */
  client_id: string;
  /** The Workspace One client secret provided in the Workspace One Admin Dashboard. */
  client_secret: string;
}

export interface DevicePostureCrowdstrikeConfigRequest {
  /** The Crowdstrike API URL. */
  api_url: string;
  /** The Crowdstrike client ID. */
  client_id: string;
  /** The Crowdstrike client secret. */
  client_secret: string;
  /** The Crowdstrike customer ID. */
  customer_id: string;
}

export interface DevicePostureUptycsConfigRequest {
  /** The Uptycs API URL. */
  api_url: string;
  /** The Uptycs client secret. */
  client_key: string;
  /** The Uptycs client secret. */
  client_secret: string;
  /** The Uptycs customer ID. */
  customer_id: string;
}

export interface DevicePostureIntuneConfigRequest {
  /** The Intune client ID. */
  client_id: string;
  /** The Intune client secret. */
  client_secret: string;
  /** The Intune customer ID. */
  customer_id: string;
}

export interface DevicePostureKolideConfigRequest {
  /** The Kolide client ID. */
  client_id: string;
  /** The Kolide client secret. */
  client_secret: string;
}

export interface DevicePostureTaniumConfigRequest {
  /** The Tanium API URL. */
  api_url: string;
  /** The Tanium client secret. */
  client_secret: string;
  /** If present, this id will be passed in the `CF-Access-Client-ID` header when hitting the `api_url`. */
  access_client_id?: string;
  /** If present, this secret will be passed in the `CF-Access-Client-Secret` header when hitting the `api_url`. */
  access_client_secret?: string;
}

export interface DevicePostureSentineloneS2sConfigRequest {
  /** The SentinelOne S2S API URL. */
  api_url: string;
  /** The SentinelOne S2S client secret. */
  client_secret: string;
}

export interface DevicePostureCustomS2sConfigRequest {
  /** This id will be passed in the `CF-Access-Client-ID` header when hitting the `api_url`. */
  access_client_id: string;
  /** This secret will be passed in the `CF-Access-Client-Secret` header when hitting the `api_url`. */
  access_client_secret: string;
  /** The Custom Device Posture Integration API URL. */
  api_url: string;
}

export type IntegrationDeleteResponse = unknown;
/** Parameters of `zeroTrust.devices.posture.integrations.list`. */
export type IntegrationListParams = AccountScope;
/** Parameters of `zeroTrust.devices.posture.integrations.get`. */
export type IntegrationGetParams = AccountScope;
/** Parameters of `zeroTrust.devices.posture.integrations.create`. */
export type IntegrationCreateParams = AccountScope & {
  /** The configuration object containing third-party integration information. */
  config: DevicePostureIntegrationConfigRequest;
  /** The interval between each posture check with the third-party API. Use `m` for minutes (e.g. `5m`) and `h` for hours (e.g. `12h`). */
  interval: string;
  /** The name of the device posture integration. */
  name: string;
  /** The type of device posture integration. */
  type: DevicePostureIntegrationType;
};
/** Parameters of `zeroTrust.devices.posture.integrations.edit`. */
export type IntegrationEditParams = AccountScope & {
  /** The configuration object containing third-party integration information. */
  config?: DevicePostureIntegrationConfigRequest;
  /** The interval between each posture check with the third-party API. Use `m` for minutes (e.g. `5m`) and `h` for hours (e.g. `12h`). */
  interval?: string;
  /** The name of the device posture integration. */
  name?: string;
  /** The type of device posture integration. */
  type?: DevicePostureIntegrationType;
};
/** Parameters of `zeroTrust.devices.posture.integrations.delete`. */
export type IntegrationDeleteParams = AccountScope;

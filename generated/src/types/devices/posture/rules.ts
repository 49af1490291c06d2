// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../../runtime/index.js';

export interface DevicePostureRule {
  /**
   * API UUID.
   *
   * Returned by the API; not accepted in requests.
   */
  id?: string;
  /** The description of the device posture rule. */
  description?: string;
  /**
   * Whether the rule is enabled. This is a computed, read-only value. It is false for deprecated Kolide posture rules that still use the issue_count input, and true otherwise.
   *
   * Returned by the API; not accepted in requests.
   */
  enabled?: boolean;
  /** Sets the expiration time for a posture check result. If empty, the result remains valid until it is overwritten by new data from the WARP client. */
  expiration?: string;
  /** The value to be checked against. */
  input?: DevicePostureInput;
  /** The conditions that the client must match to run the rule. */
  match?: Array<DevicePostureMatch>;
  /** The name of the device posture rule. */
  name?: string;
  /**
   * Polling frequency for the WARP client posture check. Default: 5m (poll every five minutes). Minimum: 1m.
   *
   * @default "5m"
   */
  schedule?: string;
  /** The type of device posture rule. */
  type?: DevicePostureRuleType;
}

/** The type of device posture rule. */
export type DevicePostureRuleType =
  | 'file'
  | 'application'
  | 'tanium'
  | 'gateway'
  | 'warp'
  | 'disk_encryption'
  | 'serial_number'
  | 'sentinelone'
  | 'carbonblack'
  | 'firewall'
  | 'os_version'
  | 'domain_joined'
  | 'client_certificate'
  | 'client_certificate_v2'
  | 'antivirus'
  | 'unique_client_id'
  | 'kolide'
  | 'tanium_s2s'
  | 'crowdstrike_s2s'
  | 'intune'
  | 'workspace_one'
  | 'sentinelone_s2s'
  | 'custom_s2s';
export type DevicePostureOperator = '<' | '<=' | '>' | '>=' | '==';

export interface DevicePostureMatch {
  platform?: 'windows' | 'mac' | 'linux' | 'android' | 'ios' | 'chromeos';
}

/** The value to be checked against. */
export type DevicePostureInput =
  | DevicePostureFileInput
  | DevicePostureUniqueClientIDInput
  | DevicePostureDomainJoinedInput
  | DevicePostureOSVersionInput
  | DevicePostureFirewallInput
  | DevicePostureSentineloneInput
  | DevicePostureCarbonblackInput
  | DevicePostureSerialNumberListInput
  | DevicePostureDiskEncryptionInput
  | DevicePostureApplicationInput
  | DevicePostureClientCertificateInput
  | DevicePostureClientCertificateV2Input
  | DevicePostureAntivirusInput
  | DevicePostureWorkspaceOneInput
  | DevicePostureCrowdstrikeInput
  | DevicePostureIntuneInput
  | DevicePostureKolideInput
  | DevicePostureTaniumInput
  | DevicePostureSentineloneS2sInput
  | DevicePostureCustomS2sInput;

export interface DevicePostureFileInput {
  /** Operating system. */
  operating_system: 'windows' | 'linux' | 'mac';
  /** File path. */
  path: string;
  /** Whether or not file exists. */
  exists?: boolean;
  /** SHA-256. */
  sha256?: string;
  /** Signing certificate thumbprint. */
  thumbprint?: string;
}

export interface DevicePostureUniqueClientIDInput {
  /** List ID. */
  id: string;
  /** Operating System. */
  operating_system: 'android' | 'ios' | 'chromeos';
}

export interface DevicePostureDomainJoinedInput {
  /** Operating System. */
  operating_system: 'windows';
  /** Domain. */
  domain?: string;
}

export interface DevicePostureOSVersionInput {
  /** Operating System. */
  operating_system: 'windows';
  /** Operator. */
  operator: DevicePostureOperator;
  /** Version of OS. */
  version: string;
  /** Operating System Distribution Name (linux only). */
  os_distro_name?: string;
  /** Version of OS Distribution (linux only). */
  os_distro_revision?: string;
  /** Additional operating system version details. For Windows, the UBR (Update Build Revision). For Mac or iOS, the Product Version Extra. For Linux, the distribution name and version. */
  os_version_extra?: string;
}

export interface DevicePostureFirewallInput {
  /** Enabled. */
  enabled: boolean;
  /** Operating System. */
  operating_system: 'windows' | 'mac';
}

export interface DevicePostureSentineloneInput {
  /** Operating system. */
  operating_system: 'windows' | 'linux' | 'mac';
  /** File path. */
  path: string;
  /** SHA-256. */
  sha256?: string;
  /** Signing certificate thumbprint. */
  thumbprint?: string;
}

export interface DevicePostureCarbonblackInput {
  /** Operating system. */
  operating_system: 'windows' | 'linux' | 'mac';
  /** File path. */
  path: string;
  /** SHA-256. */
  sha256?: string;
  /** Signing certificate thumbprint. */
  thumbprint?: string;
}

export interface DevicePostureSerialNumberListInput {
  /** UUID of Access List. */
  id: string;
}

export interface DevicePostureDiskEncryptionInput {
  /** List of volume names to be checked for encryption. */
  checkDisks?: Array<string>;
  /** Whether to check all disks for encryption. */
  requireAll?: boolean;
}

export interface DevicePostureApplicationInput {
  /** Operating system. */
  operating_system: 'windows' | 'linux' | 'mac';
  /** Path for the application. */
  path: string;
  /** SHA-256. */
  sha256?: string;
  /** Signing certificate thumbprint. */
  thumbprint?: string;
}

export interface DevicePostureClientCertificateInput {
  /** UUID of Cloudflare managed certificate. */
  certificate_id: string;
  /** Common Name that is protected by the certificate. */
  cn: string;
}

export interface DevicePostureClientCertificateV2Input {
  /** UUID of Cloudflare managed certificate. */
  certificate_id: string;
  /** Confirm the certificate was not imported from another device. We recommend keeping this enabled unless the certificate was deployed without a private key. */
  check_private_key: boolean;
  /** Operating system. */
  operating_system: 'windows' | 'linux' | 'mac';
  /** Certificate Common Name. This may include one or more variables in the ${ } notation. Only ${serial_number} and ${hostname} are valid variables. */
  cn?: string;
  /** List of values indicating purposes for which the certificate public key can be used. */
  extended_key_usage?: Array<'clientAuth' | 'emailProtection'>;
  locations?: {
    /** List of paths to check for client certificate on linux. */
    paths?: Array<string>;
    /** List of trust stores to check for client certificate. */
    trust_stores?: Array<'system' | 'user'>;
  };
  /** List of certificate Subject Alternative Names. */
  subject_alternative_names?: Array<string>;
}

export interface DevicePostureAntivirusInput {
  /** Number of days that the antivirus should be updated within. */
  update_window_days?: number;
}

export interface DevicePostureWorkspaceOneInput {
  /** Compliance Status. */
  compliance_status: 'compliant' | 'noncompliant' | 'unknown';
  /** Posture Integration ID. */
  connection_id: string;
}

export interface DevicePostureCrowdstrikeInput {
  /** Posture Integration ID. */
  connection_id: string;
  /** For more details on last seen, please refer to the Crowdstrike documentation. */
  last_seen?: string;
  /** Operator. */
  operator?: DevicePostureOperator;
  /** Os Version. */
  os?: string;
  /** Overall. */
  overall?: string;
  /** SensorConfig. */
  sensor_config?: string;
  /** For more details on state, please refer to the Crowdstrike documentation. */
  state?: 'online' | 'offline' | 'unknown';
  /** Version. */
  version?: string;
  /** Version Operator. */
  versionOperator?: DevicePostureOperator;
}

export interface DevicePostureIntuneInput {
  /** Compliance Status. */
  compliance_status:
    | 'compliant'
    | 'noncompliant'
    | 'unknown'
    | 'notapplicable'
    | 'ingraceperiod'
    | 'error';
  /** Posture Integration ID. */
  connection_id: string;
}

export interface DevicePostureKolideInput {
  /** Posture Integration ID. */
  connection_id: string;
  /** The set of Kolide device authentication states that pass the posture check. Device must match one of the specified states. */
  auth_state?: Array<'Good' | 'Notified' | 'Will Block' | 'Blocked'>;
  /** Count Operator. */
  countOperator?: DevicePostureOperator;
  /** The Number of Issues. */
  issue_count?: string;
}

export interface DevicePostureTaniumInput {
  /** Posture Integration ID. */
  connection_id: string;
  /** For more details on eid last seen, refer to the Tanium documentation. */
  eid_last_seen?: string;
  /** Operator to evaluate risk_level or eid_last_seen. */
  operator?: DevicePostureOperator;
  /** For more details on risk level, refer to the Tanium documentation. */
  risk_level?: 'low' | 'medium' | 'high' | 'critical';
  /** Score Operator. */
  scoreOperator?: DevicePostureOperator;
  /** For more details on total score, refer to the Tanium documentation. */
  total_score?: number;
}

export interface DevicePostureSentineloneS2sInput {
  /** Posture Integration ID. */
  connection_id: string;
  /** The Number of active threats. */
  active_threats?: number;
  /** Whether device is infected. */
  infected?: boolean;
  /** Whether device is active. */
  is_active?: boolean;
  /** Network status of device. */
  network_status?: 'connected' | 'disconnected' | 'disconnecting' | 'connecting';
  /** Agent operational state. */
  operational_state?:
    | 'na'
    | 'partially_disabled'
    | 'auto_fully_disabled'
    | 'fully_disabled'
    | 'auto_partially_disabled'
    | 'disabled_error'
    | 'db_corruption';
  /** Operator. */
  operator?: DevicePostureOperator;
}

export interface DevicePostureCustomS2sInput {
  /** Posture Integration ID. */
  connection_id: string;
  /** Operator. */
  operator: DevicePostureOperator;
  /** A value between 0-100 assigned to devices set by the 3rd party posture provider. */
  score: number;
}

export interface PostureDeleteResponse {
  /** API UUID. */
  id?: string;
}

/** Parameters of `zeroTrust.devices.posture.list`. */
export type PostureListParams = AccountScope;
/** Parameters of `zeroTrust.devices.posture.get`. */
export type PostureGetParams = AccountScope;
/** Parameters of `zeroTrust.devices.posture.create`. */
export type PostureCreateParams = AccountScope & {
  /** The name of the device posture rule. */
  name: string;
  /** The type of device posture rule. */
  type: DevicePostureRuleType;
  /** The description of the device posture rule. */
  description?: string;
  /** Sets the expiration time for a posture check result. If empty, the result remains valid until it is overwritten by new data from the WARP client. */
  expiration?: string;
  /** The value to be checked against. */
  input?: DevicePostureInput;
  /** The conditions that the client must match to run the rule. */
  match?: Array<DevicePostureMatch>;
  /**
   * Polling frequency for the WARP client posture check. Default: 5m (poll every five minutes). Minimum: 1m.
   *
   * @default "5m"
   */
  schedule?: string;
};
/** Parameters of `zeroTrust.devices.posture.update`. */
export type PostureUpdateParams = AccountScope & {
  /** The name of the device posture rule. */
  name: string;
  /** The type of device posture rule. */
  type: DevicePostureRuleType;
  /** The description of the device posture rule. */
  description?: string;
  /** Sets the expiration time for a posture check result. If empty, the result remains valid until it is overwritten by new data from the WARP client. */
  expiration?: string;
  /** The value to be checked against. */
  input?: DevicePostureInput;
  /** The conditions that the client must match to run the rule. */
  match?: Array<DevicePostureMatch>;
  /**
   * Polling frequency for the WARP client posture check. Default: 5m (poll every five minutes). Minimum: 1m.
   *
   * @default "5m"
   */
  schedule?: string;
};
/** Parameters of `zeroTrust.devices.posture.delete`. */
export type PostureDeleteParams = AccountScope;

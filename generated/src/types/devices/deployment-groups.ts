// Generated from the YAML spec by `npm run generate`. Do not edit.
import type { AccountScope } from '../../runtime/index.js';

export interface DeploymentGroup {
  /** The ID of the deployment group. */
  id: string;
  /**
   * The RFC3339Nano timestamp when the deployment group was created.
   *
   * @format date-time
   */
  created_at: string;
  /** A user-friendly name for the deployment group. */
  name: string;
  /**
   * The RFC3339Nano timestamp when the deployment group was last updated.
   *
   * @format date-time
   */
  updated_at: string;
  /** Contains version configurations for different target environments. */
  version_config: Array<DeploymentGroupVersionConfig>;
  /** Contains a list of policy IDs assigned to this deployment group. */
  policy_ids?: Array<string> | null;
}

export interface DeploymentGroupVersionConfig {
  /** The target environment for the client version (e.g., windows, macos). */
  target_environment: string | null;
  /** The specific client version to deploy. */
  version: string;
}

export interface DeploymentGroupDeleteResponse {
  /** The ID of a deleted deployment group. */
  id?: string;
}

/** Parameters of `zeroTrust.devices.deploymentGroups.create`. */
export type DeploymentGroupCreateParams = AccountScope & {
  /** A user-friendly name for the deployment group. */
  name: string;
  /**
   * Contains at least one version configuration.
   *
   * @minItems 1
   */
  version_config: Array<DeploymentGroupVersionConfig>;
  /** Contains an optional list of policy IDs assigned to a group. */
  policy_ids?: Array<string>;
};
/** Parameters of `zeroTrust.devices.deploymentGroups.list`. */
export type DeploymentGroupListParams = AccountScope & {
  /**
   * Page number of paginated results.
   *
   * @minimum 1
   */
  page?: number;
  /**
   * Number of results per page.
   *
   * @minimum 1
   */
  per_page?: number;
};
/** Parameters of `zeroTrust.devices.deploymentGroups.get`. */
export type DeploymentGroupGetParams = AccountScope;
/** Parameters of `zeroTrust.devices.deploymentGroups.edit`. */
export type DeploymentGroupEditParams = AccountScope & {
  /** A user-friendly name for the deployment group. */
  name?: string;
  /** Replaces the entire list of policy IDs. */
  policy_ids?: Array<string>;
  /** Replaces the entire version_config array. */
  version_config?: Array<DeploymentGroupVersionConfig>;
};
/** Parameters of `zeroTrust.devices.deploymentGroups.delete`. */
export type DeploymentGroupDeleteParams = AccountScope;

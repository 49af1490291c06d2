// Generated from the YAML spec by `npm run generate`. Do not edit.
export { Devices, BaseDevices } from './devices.js';
export { DeploymentGroups, BaseDeploymentGroups } from './deployment-groups.js';
export { DEXTests, BaseDEXTests } from './dex-tests.js';
export { FleetStatus, BaseFleetStatus } from './fleet-status.js';
export { IPProfiles, BaseIPProfiles } from './ip-profiles.js';
export { Networks, BaseNetworks } from './networks.js';
export { OverrideCodes, BaseOverrideCodes } from './override-codes.js';
export { Policies, BasePolicies } from './policies.js';
export { Posture, BasePosture } from './posture.js';
export { Registrations, BaseRegistrations } from './registrations.js';
export { Resilience, BaseResilience } from './resilience.js';
export { Revoke, BaseRevoke } from './revoke.js';
export { Settings, BaseSettings } from './settings.js';
export { Unrevoke, BaseUnrevoke } from './unrevoke.js';

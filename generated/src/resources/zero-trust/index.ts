// Generated from the YAML spec by `npm run generate`. Do not edit.
export { ZeroTrust, BaseZeroTrust } from './zero-trust.js';
export { Access, BaseAccess } from './access.js';
export { Devices, BaseDevices } from './devices.js';
export { IdentityProviders, BaseIdentityProviders } from './identity-providers.js';
export { Organizations, BaseOrganizations } from './organizations.js';

// Generated from the YAML spec by `npm run generate`. Do not edit.
export { IdentityProviders, BaseIdentityProviders } from './identity-providers.js';
export { SCIM, BaseSCIM } from './scim.js';

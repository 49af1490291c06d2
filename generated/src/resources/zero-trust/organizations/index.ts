// Generated from the YAML spec by `npm run generate`. Do not edit.
export { Organizations, BaseOrganizations } from './organizations.js';
export { DOH, BaseDOH } from './doh.js';

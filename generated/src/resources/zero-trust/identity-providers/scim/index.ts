// Generated from the YAML spec by `npm run generate`. Do not edit.
export { SCIM, BaseSCIM } from './scim.js';
export { Groups, BaseGroups } from './groups.js';
export { Users, BaseUsers } from './users.js';

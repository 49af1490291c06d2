// Generated from the YAML spec by `npm run generate`. Do not edit.
export { Access, BaseAccess } from './access.js';
export { Applications, BaseApplications } from './applications.js';
export { Groups, BaseGroups } from './groups.js';

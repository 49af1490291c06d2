// Generated from the YAML spec by `npm run generate`. Do not edit.
export { Policies, BasePolicies } from './policies.js';
export { Custom, BaseCustom } from './custom.js';
export { Default, BaseDefault } from './default.js';

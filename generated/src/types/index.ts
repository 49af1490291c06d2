// Generated from the YAML spec by `npm run generate`. Do not edit.
export type * from './access/groups.js';
export type * from './shared/access-rules.js';

// Generated from the YAML spec by `npm run generate`. Do not edit.
export * from './access/groups.js';
export * from './shared/access-rules.js';

// Generated from the YAML spec by `npm run generate`. Do not edit.
export * from './identity-providers/index.js';

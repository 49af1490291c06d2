// Generated from the YAML spec by `npm run generate`. Do not edit.
export * from './pets.js';
export * from './shared/people.js';
export { ENDPOINT_SCHEMAS } from './endpoints.js';

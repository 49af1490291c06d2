// Generated from the YAML spec by `npm run generate`. Do not edit.
export type * from './pets.js';
export type * from './shared/people.js';

// Generated from the YAML spec by `npm run generate`. Do not edit.
export { Posture, BasePosture } from './posture.js';
export { Integrations, BaseIntegrations } from './integrations.js';

// Generated from the YAML spec by `npm run generate`. Do not edit.
export { Resilience, BaseResilience } from './resilience.js';
export { GlobalWARPOverride, BaseGlobalWARPOverride } from './global-warp-override.js';

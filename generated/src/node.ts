// Generated from the YAML spec by `npm run generate`. Do not edit.
import './use-undici.js';

export * from './index.js';
export { default } from './index.js';

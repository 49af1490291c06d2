// Generated from the YAML spec by `npm run generate`. Do not edit.
export { Cloudflare, Cloudflare as default, type ClientOptions } from './client.js';
export * from './runtime/index.js';
export type * from './types/index.js';

// Generated from the YAML spec by `npm run generate`. Do not edit.
export { Custom, BaseCustom } from './custom.js';
export { Excludes, BaseExcludes } from './excludes.js';
export { FallbackDomains, BaseFallbackDomains } from './fallback-domains.js';
export { Includes, BaseIncludes } from './includes.js';

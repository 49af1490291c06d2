// Generated from the YAML spec by `npm run generate`. Do not edit.
export { Default, BaseDefault } from './default.js';
export { Certificates, BaseCertificates } from './certificates.js';
export { Excludes, BaseExcludes } from './excludes.js';
export { FallbackDomains, BaseFallbackDomains } from './fallback-domains.js';
export { Includes, BaseIncludes } from './includes.js';

// Generated from the YAML spec by `npm run generate`. Do not edit.
// On Node, requests go through undici, unless a client is given a fetch.
import { useNodeTransport } from './runtime/platform.js';
import { undiciTransport } from './runtime/transport-undici.js';

useNodeTransport(undiciTransport);

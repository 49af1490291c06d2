// Generated from the YAML spec by `npm run generate`. Do not edit.
import { useNodeTransport } from './runtime/platform.js';
import { undiciTransport } from './runtime/transport-undici.js';

// On Node, requests go through undici, unless a client is given a fetch.
useNodeTransport(undiciTransport);

// Generated from the YAML spec by `npm run generate`. Do not edit.
import all = require('./index.js');

const Cloudflare: typeof all.Cloudflare & typeof all = Object.assign(all.Cloudflare, all);
export = Cloudflare;

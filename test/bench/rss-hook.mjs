// Loaded with `node --import` before a program that is not ours (hey-api): when the process exits, writes its
// peak RSS to the file named by BENCH_RSS_FILE. Plain JavaScript, so that no loader is started for it.
import { writeFileSync } from 'node:fs';

const rssFile = process.env['BENCH_RSS_FILE'];
process.on('exit', () => {
  if (rssFile) writeFileSync(rssFile, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }));
});

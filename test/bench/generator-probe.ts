/**
 * Runs the generator's CLI in this process (argv as given) and, when it exits, writes the process's peak RSS to
 * the file named by BENCH_RSS_FILE. `node --import tsx test/bench/generator-probe.ts <args>` behaves as
 * `node --import tsx generator/cli.ts <args>`; the generator compiles dist/ in-process, so this is its peak.
 */
import { writeFileSync } from 'node:fs';

const rssFile = process.env['BENCH_RSS_FILE'];
process.on('exit', () => {
  if (rssFile) writeFileSync(rssFile, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }));
});

await import('../../generator/cli.js');

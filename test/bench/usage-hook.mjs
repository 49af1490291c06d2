// Loaded with `node --import` before a program measured (the generator, or hey-api, which is not ours): when the
// process exits, writes to the file named by BENCH_USAGE_FILE (usage.ts) its peak RSS and the CPU time it used,
// on all its threads and in the child processes it waited for (Biome, for the generator). Plain JavaScript, so
// that no loader is started for it.
import { readFileSync, writeFileSync } from 'node:fs';

const usageFile = process.env['BENCH_USAGE_FILE'];

/**
 * The CPU time, in ms, of the children waited for: cutime and cstime of /proc/self/stat, in clock ticks of 10 ms
 * (Linux's USER_HZ); 0 where there is no /proc.
 */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces; cutime is the 16th field.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

process.on('exit', () => {
  if (!usageFile) return;
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000 + childrenCpuMs();
  writeFileSync(usageFile, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs }));
});

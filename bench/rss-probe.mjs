// Preloaded into the CLI process (`node --import`): at exit, writes the process's own peak RSS
// and CPU time to $BENCH_USAGE_FILE, so the benchmark measures the real CLI without a wrapper.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }),
    );
  });
}

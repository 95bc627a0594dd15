// Preloaded (`node -r bench/rusage.cjs`) into each process `npm run bench` times: at exit it
// writes the process's own CPU time and peak memory (process.resourceUsage(), worker threads
// included) to the file named by DETLINT_BENCH_RUSAGE, as JSON.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload (node -r) */
const file = process.env.DETLINT_BENCH_RUSAGE
if (file)
  process.on('exit', () => {
    const r = process.resourceUsage()
    require('node:fs').writeFileSync(
      file,
      JSON.stringify({ user: r.userCPUTime / 1e6, sys: r.systemCPUTime / 1e6, maxRssKB: r.maxRSS })
    )
  })

// Loaded with `node --import` before a command: prints the process's peak resident memory
// when it exits, on stderr, as `max-rss-kb <n>`, for benches that measure a whole build.
process.on('exit', () => {
  process.stderr.write(`\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`);
});

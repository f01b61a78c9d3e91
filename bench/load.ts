/*
 * A load generator for the benchmarks, run as a process of its own so that it does not share the
 * server's event loop: `concurrency` loops request the URLs in turn for `seconds`, each as a user
 * of its own (header x-bench-user, which the benchmark's stand-in for Backstage's auth reads),
 * and it prints the requests, errors, requests per second and the p50 / p95 / p99 latency as JSON.
 *
 *   node bench/load.ts <seconds> <concurrency> <url> [<url> ...]
 */
async function main() {
  const [seconds, concurrency, ...urls] = process.argv.slice(2);
  const until = Date.now() + Number(seconds) * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: Number(concurrency) }, async (_, user) => {
      const headers = { 'x-bench-user': `user:default/bench-${user}` };
      while (Date.now() < until) {
        const url = urls[next++ % urls.length];
        const started = process.hrtime.bigint();
        try {
          const res = await fetch(url, { headers });
          await res.arrayBuffer();
          if (!res.ok) errors++;
        } catch {
          errors++;
        }
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[
      Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))
    ] ?? 0;
  process.stdout.write(
    `${JSON.stringify({
      requests: latencies.length,
      errors,
      rps: Math.round(latencies.length / Number(seconds)),
      p50: Number(at(50).toFixed(1)),
      p95: Number(at(95).toFixed(1)),
      p99: Number(at(99).toFixed(1)),
    })}\n`,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

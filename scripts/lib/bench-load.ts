import autocannon from "autocannon";

export type Measurement = {
  /** Time to the whole response of the first request, in ms. */
  coldMs: number | null;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses other than 2xx, errors and timeouts. */
  failures: number;
};

/** One request, timed to the last byte; fails on a status other than 200. */
export async function timedRequest(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
const round = (value: number) => Math.round(value * 10) / 10;

/** Load on one URL for `seconds`, latencies from every response (autocannon reports no p95). */
export async function load(
  url: string,
  options: { connections: number; seconds: number; coldMs?: number | null },
): Promise<Measurement> {
  const latencies: number[] = [];
  const run = autocannon({ url, connections: options.connections, duration: options.seconds, timeout: 30 });
  run.on("response", (_client, _status, _bytes, milliseconds) => latencies.push(milliseconds));
  const result = await run;
  latencies.sort((a, b) => a - b);
  return {
    coldMs: options.coldMs === undefined || options.coldMs === null ? null : round(options.coldMs),
    connections: options.connections,
    requestsPerSecond: round(result.requests.total / result.duration),
    p50: round(percentile(latencies, 0.5)),
    p95: round(percentile(latencies, 0.95)),
    p99: round(percentile(latencies, 0.99)),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

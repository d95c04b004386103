// The tables of `npm run bench` (scripts/bench.ts).
import type { Measurement } from "./bench-load";

export type Row = Measurement & { name: string; path: string; staticRequestsPerSecond?: number; ratio?: number };

/** The round of median throughput. */
export function median(rounds: Measurement[]): Measurement {
  return [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(rounds.length / 2)]!;
}

export function printTable(rows: Row[]): void {
  const header = ["", "cold ms", "req/s", "static req/s", "ratio", "p50 ms", "p95 ms", "p99 ms", "conns", "failed"];
  const lines = rows.map((r) =>
    [
      r.name,
      r.coldMs ?? "–",
      r.requestsPerSecond,
      r.staticRequestsPerSecond ?? "–",
      r.ratio ?? "–",
      r.p50,
      r.p95,
      r.p99,
      r.connections,
      r.failures,
    ].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  for (const line of [header, ...lines])
    console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
}

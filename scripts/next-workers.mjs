// `next start` in several worker processes that share one port (Node's cluster module), for a
// machine with more cores than one Node process can use: `WEB_CONCURRENCY=2 npm start`.
// The workers keep their own page caches and tell each other of every expiry through
// PostgreSQL (lib/cache/expiry-channel.mjs), so none of them shows a page older than a save.
// Usage (from scripts/start.ts): node scripts/next-workers.mjs COUNT start -p PORT
import cluster from "node:cluster";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [count, ...nextArgs] = process.argv.slice(2);
const nextBin = path.resolve("node_modules", "next", "dist", "bin", "next");

if (cluster.isPrimary) {
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter(Boolean);
    if (running.length === 0) process.exit(code);
    let left = running.length;
    for (const worker of running) {
      worker.once("exit", () => --left === 0 && process.exit(code));
      worker.process.kill("SIGTERM");
    }
  };
  cluster.setupPrimary({ args: nextArgs });
  for (let i = 0; i < Number(count); i++) cluster.fork();
  // A worker that dies takes the others down with it: the start script reports it and stops.
  cluster.on("exit", (worker, code) => {
    if (!stopping) console.error(`  A server worker stopped (exit code ${code}); stopping the others.`);
    stop(code ?? 1);
  });
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));
} else {
  process.argv = [process.execPath, nextBin, ...process.argv.slice(2)];
  await import(pathToFileURL(nextBin).href);
}

import { spawnSync } from "node:child_process";

// What the benchmark's static baseline (static-baseline.ts) and the end-to-end load balancer
// (load-balancer.ts) share: finding Debian's nginx, and the top of a config for an nginx run in
// the foreground from a folder of its own (no service, no root-owned paths).

/** Debian's nginx, or null when the machine has none (apt-get install nginx; .ci/run installs it). */
export function nginxPath(): string | null {
  const found = spawnSync("sh", ["-c", "command -v nginx || { test -x /usr/sbin/nginx && echo /usr/sbin/nginx; }"], {
    encoding: "utf8",
  }).stdout.trim();
  return found || null;
}

/** One worker in the foreground, its pid and error log in `dir`: the config's first lines. */
export function nginxMain(dir: string): string {
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
`;
}

/** Inside `http {}`: every temporary file in `tmp`. */
export function nginxTempPaths(tmp: string): string {
  return `client_body_temp_path ${tmp}; proxy_temp_path ${tmp}; fastcgi_temp_path ${tmp}; uwsgi_temp_path ${tmp}; scgi_temp_path ${tmp};`;
}

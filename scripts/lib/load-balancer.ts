import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nginxMain, nginxPath, nginxTempPaths } from "./nginx";

// Debian's nginx as a round-robin load balancer in front of several instances of the portal
// (e2e/instances.spec.ts), started in the foreground with its own config in a temporary folder:
// no service, no root-owned paths. Its access log names the instance that answered each request.

export type LoadBalancer = {
  url: string;
  /** One entry per request answered so far: method, path with query, the instance's address, status. */
  requests(): { method: string; path: string; upstream: string; status: number }[];
  stop(): Promise<void>;
};

/** The config of the example in docs/operations.md, plus a log of which instance answered. */
export function nginxConfig(dir: string, port: number, upstreams: string[]): string {
  return `${nginxMain(dir)}http {
  log_format balanced '$request_method $request_uri $upstream_addr $status';
  access_log ${dir}/access.log balanced;
  ${nginxTempPaths(`${dir}/tmp`)}
  client_max_body_size 4m;
  upstream portal {
${upstreams.map((upstream) => `    server ${upstream};`).join("\n")}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`;
}

function requiredNginx(): string {
  const found = nginxPath();
  if (!found) throw new Error("nginx not found: install Debian's nginx (apt-get install nginx; .ci/run does).");
  return found;
}

/** Starts nginx on `port` in front of `upstreams` ("127.0.0.1:3001", ...). */
export async function startLoadBalancer(port: number, upstreams: string[]): Promise<LoadBalancer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "selvhjelp-nginx-"));
  // nginx's workers run as an unprivileged user when it is started as root: they must reach the
  // folder and write request bodies into its tmp/.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, "tmp"));
  chmodSync(path.join(dir, "tmp"), 0o777);
  writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, port, upstreams));
  const child = spawn(requiredNginx(), ["-p", dir, "-c", path.join(dir, "nginx.conf")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`nginx stopped at once: ${stderr}${readFileSync(path.join(dir, "error.log"), "utf8")}`);
    const answered = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) throw new Error(`nginx on port ${port} did not answer within 10 s: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    requests: () =>
      readFileSync(path.join(dir, "access.log"), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const [method = "", requestPath = "", upstream = "", status = "0"] = line.split(" ");
          return { method, path: requestPath, upstream, status: Number(status) };
        }),
    stop: async () => {
      if (child.exitCode === null) {
        // SIGQUIT: nginx's graceful stop.
        child.kill("SIGQUIT");
        await new Promise((resolve) => child.once("exit", resolve));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

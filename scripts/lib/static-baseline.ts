import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nginxMain, nginxPath, nginxTempPaths } from "./nginx";

// The static baseline of `npm run bench`: the body of each page type measured (HTML, XML, JSON,
// a PNG …), as files, served by nginx when the machine has it (Debian's package), else by a tiny
// Node server (scripts/lib/static-server.ts). Each page is at /<name>, from <name>.html.

export type StaticServer = { url(name: string): string; server: string; stop(): Promise<void> };

/** Serves `pages` (name → body; names of letters, digits and dashes). */
export async function startStaticServer(pages: Map<string, string | Buffer>, port: number): Promise<StaticServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "selvhjelp-static-"));
  for (const [name, html] of pages) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Not a name for a static page: ${name}`);
    writeFileSync(path.join(dir, `${name}.html`), html);
  }
  const nginx = nginxPath();
  let child: ChildProcess;
  if (nginx) {
    writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(dir, port));
    child = spawn(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
  } else {
    child = spawn(
      process.execPath,
      ["--import", "tsx", path.join("scripts", "lib", "static-server.ts"), dir, String(port)],
      { stdio: "ignore" },
    );
  }
  const url = (name: string) => `http://127.0.0.1:${port}/${name}`;
  await waitFor(url([...pages.keys()][0] ?? ""));
  return {
    url,
    server: nginx ? "nginx" : "Node http",
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One worker, no logging: the cheapest way a static server can answer. */
function nginxConfig(dir: string, port: number): string {
  return `${nginxMain(dir)}http {
  access_log off;
  ${nginxTempPaths(dir)}
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    location / { default_type text/html; try_files $uri.html =404; }
  }
}
`;
}

export async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

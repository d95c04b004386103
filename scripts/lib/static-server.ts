// The static baseline of `npm run bench` when nginx is missing: the HTML files of a folder,
// served from memory by Node's own http server as /<name> for <name>.html, with the headers a
// static server sends. Usage: static-server FOLDER PORT
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

const [folder, port] = process.argv.slice(2);
if (!folder || !port) throw new Error("Usage: static-server FOLDER PORT");
const files = new Map(
  readdirSync(folder)
    .filter((name) => name.endsWith(".html"))
    .map((name) => [`/${name.slice(0, -".html".length)}`, readFileSync(path.join(folder, name))]),
);
http
  .createServer((request, response) => {
    const body = files.get(request.url ?? "");
    if (!body) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    response.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log(`ready on ${port}`));

// The static baseline of `npm run bench` when nginx is missing: one HTML file, served from memory by
// Node's own http server, with the headers a static server sends. Usage: static-server FILE PORT
import { readFileSync } from "node:fs";
import http from "node:http";

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error("Usage: static-server FILE PORT");
const body = readFileSync(file);
http
  .createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    response.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log(`ready on ${port}`));

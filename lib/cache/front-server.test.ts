import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FrontCache } from "./front-cache.mjs";
import { createFrontServer } from "./front-server.mjs";

// The front server before a stand-in for Next.js that counts what reaches it.
type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string };
let seen: Seen[] = [];
let version = 1;
let isrRendered = 0;
let holdNext: Promise<void> | null = null;
const cache = new FrontCache();
let upstream: http.Server;
let front: http.Server;
let base: string;

const PUBLIC_URL = "https://forskning.example.no";
const TOKEN = "the-front-servers-own-secret";
const listen = (server: http.Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
/**
 * Resolves once `count` more requests have reached the server. On the front server its own
 * handler runs first, so by then each of them has been answered, joined a render or been passed on.
 */
function arrivals(server: http.Server, count: number) {
  return new Promise<void>((resolve) => {
    let arrived = 0;
    const onRequest = () => {
      if (++arrived < count) return;
      server.off("request", onRequest);
      resolve();
    };
    server.on("request", onRequest);
  });
}

beforeAll(async () => {
  upstream = http.createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    const rendered = `<h1>Versjon ${version}</h1>`;
    if (holdNext) await holdNext;
    if (req.url === "/privat") return res.writeHead(200, { "cache-control": "private, no-store" }).end(rendered);
    if (req.url === "/ekko") return res.writeHead(200, { "content-type": "text/plain" }).end(body);
    if (req.url === "/isr") {
      // As Next's own page cache: a fresh render (MISS) the first time after a change, then HIT.
      const hit = isrRendered === version;
      isrRendered = version;
      return res
        .writeHead(200, { "cache-control": "s-maxage=300", "x-nextjs-cache": hit ? "HIT" : "MISS" })
        .end(rendered);
    }
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "s-maxage=300",
      "surrogate-control": "max-age=300",
      vary: "rsc, Accept-Encoding",
      etag: `"v${version}"`,
    });
    // In two pieces, as a streamed render.
    res.write(rendered.slice(0, 5));
    setTimeout(() => res.end(rendered.slice(5)), 5);
  });
  front = createFrontServer(
    cache,
    { host: "127.0.0.1", port: await listen(upstream) },
    { publicUrl: PUBLIC_URL, token: TOKEN },
  );
  base = `http://127.0.0.1:${await listen(front)}`;
});
afterAll(() => {
  front.close();
  upstream.close();
});
beforeEach(() => {
  cache.clear();
  seen = [];
  version = 1;
  isrRendered = 0;
  holdNext = null;
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

/** A front server of its own before another stand-in for Next (or a port where none listens); both closed afterwards. */
async function withFrontServer(
  upstream: number | http.Server,
  options: { idleTimeoutMs?: number; joinTimeoutMs?: number; trustedProxies?: number },
  run: (base: string) => Promise<void>,
) {
  const next = typeof upstream === "number" ? null : upstream;
  const port = next ? await listen(next) : (upstream as number);
  const proxy = createFrontServer(
    cache,
    { host: "127.0.0.1", port },
    { publicUrl: PUBLIC_URL, token: TOKEN, ...options },
  );
  const frontPort = await listen(proxy);
  try {
    await run(`http://127.0.0.1:${frontPort}`);
  } finally {
    proxy.close();
    next?.closeAllConnections();
    next?.close();
  }
}

describe("the front server", () => {
  it("asks Next once and then answers from its cache, without the cache's own header", async () => {
    const first = await get("/om");
    expect(first.headers.get("x-front-cache")).toBe("MISS");
    expect(await first.text()).toBe("<h1>Versjon 1</h1>");
    const second = await get("/om");
    expect(second.headers.get("x-front-cache")).toBe("HIT");
    expect(await second.text()).toBe("<h1>Versjon 1</h1>");
    expect(second.headers.get("surrogate-control")).toBeNull();
    expect(second.headers.get("cache-control")).toBe("s-maxage=300");
    expect(seen).toHaveLength(1);
  });

  it("shows the new content after a change", async () => {
    await (await get("/om")).text();
    version = 2;
    cache.clear();
    expect(await (await get("/om")).text()).toBe("<h1>Versjon 2</h1>");
  });

  it("does not keep a page rendered before a change that arrives after it", async () => {
    let release = () => {};
    holdNext = new Promise((resolve) => (release = resolve));
    const pending = get("/om");
    await expect.poll(() => seen.length).toBe(1); // Next has read the old content
    version = 2;
    cache.clear(); // the change
    release();
    expect(await (await pending).text()).toBe("<h1>Versjon 1</h1>");
    holdNext = null;
    const next = await get("/om");
    expect(next.headers.get("x-front-cache")).toBe("MISS");
    expect(await next.text()).toBe("<h1>Versjon 2</h1>");
  });

  it("asks Next once for a page that many visitors ask for at the same moment", async () => {
    const release = holdNextBack();
    const first = get("/om");
    await expect.poll(() => seen.length).toBe(1);
    const joined = arrivals(front, 4);
    const others = Array.from({ length: 4 }, () => get("/om"));
    await joined; // they reach the front server meanwhile
    release();
    const responses = await Promise.all([first, ...others]);
    expect(await Promise.all(responses.map((response) => response.text()))).toEqual(
      Array(5).fill("<h1>Versjon 1</h1>"),
    );
    expect(responses.map((response) => response.headers.get("x-front-cache"))).toEqual([
      "MISS",
      "HIT",
      "HIT",
      "HIT",
      "HIT",
    ]);
    expect(seen).toHaveLength(1);
  });

  it("does not let a request that came after a change wait for a render that began before it", async () => {
    const release = holdNextBack();
    const before = get("/om");
    await expect.poll(() => seen.length).toBe(1);
    version = 2;
    cache.clear();
    const after = get("/om");
    await expect.poll(() => seen.length).toBe(2); // asked Next itself, while the first render still runs
    release();
    expect(await (await before).text()).toBe("<h1>Versjon 1</h1>");
    expect(await (await after).text()).toBe("<h1>Versjon 2</h1>");
  });

  it("does not make visitors wait for each other for a page it does not store", async () => {
    await (await get("/privat")).text();
    const release = holdNextBack();
    const both = [get("/privat"), get("/privat")];
    await expect.poll(() => seen.length).toBe(3);
    release();
    for (const response of await Promise.all(both)) expect(await response.text()).toBe("<h1>Versjon 1</h1>");
  });

  it("asks Next once more for those who waited when the render they waited for is abandoned", async () => {
    const release = holdNextBack();
    const leaving = new AbortController();
    const leader = fetch(`${base}/om`, { signal: leaving.signal }).catch(() => null);
    await expect.poll(() => seen.length).toBe(1);
    const joined = arrivals(front, 3);
    const waiting = Array.from({ length: 3 }, () => get("/om"));
    await joined;
    leaving.abort(); // the visitor whose request reached Next leaves
    await leader;
    await expect.poll(() => seen.length).toBe(2); // one of those who waited asks Next, for all three
    release();
    for (const response of await Promise.all(waiting)) expect(await response.text()).toBe("<h1>Versjon 1</h1>");
    expect(seen).toHaveLength(2);
  });

  it("does not ask Next again for a visitor who has left", async () => {
    await (await get("/privat")).text(); // a kept-alive connection to Next, used again below
    seen = [];
    const release = holdNextBack();
    const leaving = new AbortController();
    // Next sees the front server give up: it closes the connection of the visitor's request.
    const givenUp = new Promise((resolve) =>
      upstream.once("request", (req: http.IncomingMessage) => req.socket.once("close", resolve)),
    );
    const gone = fetch(`${base}/privat`, { signal: leaving.signal }).catch(() => null);
    await expect.poll(() => seen.length).toBe(1);
    leaving.abort();
    await gone;
    await givenUp;
    release();
    // A request asked again would have been sent before Next saw the connection close: it
    // arrives before this one.
    await (await get("/privat?etterpa")).text();
    expect(seen.map((request) => request.url)).toEqual(["/privat", "/privat?etterpa"]);
  });

  it("asks Next for the whole page, not whether a browser's copy is still good", async () => {
    await (await get("/om", { "if-none-match": '"abc"', "if-modified-since": "Fri, 27 Nov 2026 10:00:00 GMT" })).text();
    expect(seen[0]!.headers["if-none-match"]).toBeUndefined();
    expect(seen[0]!.headers["if-modified-since"]).toBeUndefined();
    expect((await get("/om")).headers.get("x-front-cache")).toBe("HIT");
  });

  it("asks Next itself when another visitor's render takes too long", async () => {
    await withFrontServer((upstream.address() as AddressInfo).port, { joinTimeoutMs: 100 }, async (front) => {
      const release = holdNextBack();
      const slow = fetch(`${front}/om`);
      await expect.poll(() => seen.length).toBe(1);
      const impatient = fetch(`${front}/om`);
      await expect.poll(() => seen.length).toBe(2);
      release();
      for (const response of await Promise.all([slow, impatient]))
        expect(await response.text()).toBe("<h1>Versjon 1</h1>");
    });
  });

  it("keeps the variants a page varies on apart", async () => {
    await (await get("/om")).text();
    const router = await get("/om", { rsc: "1" });
    expect(router.headers.get("x-front-cache")).toBe("MISS");
    await router.text();
    expect(seen).toHaveLength(2);
  });

  it("always passes an editor's requests on, and never stores their responses", async () => {
    for (let i = 0; i < 2; i++) {
      const response = await get("/om", { cookie: "authjs.session-token=abc" });
      expect(response.headers.get("x-front-cache")).toBeNull();
      await response.text();
    }
    expect(seen).toHaveLength(2);
    expect((await get("/om")).headers.get("x-front-cache")).toBe("MISS");
  });

  it("does not store what Next marks private", async () => {
    for (let i = 0; i < 2; i++) expect((await get("/privat")).headers.get("x-front-cache")).toBe("MISS");
    expect(seen).toHaveLength(2);
  });

  it("passes a form's body on, and tells Next who asked, whatever address the visitor claims", async () => {
    const claims = {
      "x-forwarded-for": "203.0.113.9",
      "x-real-ip": "203.0.113.10",
      "x-forwarded-host": "example.org",
      "x-forwarded-proto": "https",
    };
    const response = await fetch(`${base}/ekko`, { method: "POST", body: "tittel=Selvhjelp", headers: claims });
    expect(await response.text()).toBe("tittel=Selvhjelp");
    const { headers } = seen[0]!;
    expect([headers["x-forwarded-for"], headers["x-real-ip"]]).toEqual(["127.0.0.1", "127.0.0.1"]);
    expect([headers.host, headers["x-forwarded-host"], headers["x-forwarded-proto"]]).toEqual([
      "forskning.example.no",
      "forskning.example.no",
      "https",
    ]);
    expect(headers["x-front-server"]).toBe(TOKEN);
  });

  it("asks Next for a page with the anonymous request its key stands for, whatever the visitor adds", async () => {
    const added = {
      cookie: "_ga=1; theme=dark",
      "x-middleware-prefetch": "1",
      "x-nextjs-data": "1",
      "x-forwarded-host": "evil.example",
      "x-forwarded-for": "203.0.113.9",
      "x-front-server": "forged",
      "if-none-match": '"v0"',
      "user-agent": "Googlebot/2.1",
      "accept-language": "en",
      purpose: "prefetch",
    };
    const first = await get("/om", added);
    expect(await first.text()).toBe("<h1>Versjon 1</h1>");
    const { method, headers } = seen[0]!;
    expect(method).toBe("GET");
    for (const name of Object.keys(added))
      if (name !== "user-agent" && name !== "x-forwarded-host" && name !== "x-forwarded-for")
        expect(headers).not.toHaveProperty(name);
    expect([headers.host, headers["x-forwarded-host"], headers["x-forwarded-for"]]).toEqual([
      "forskning.example.no",
      "forskning.example.no",
      "127.0.0.1",
    ]);
    expect(headers["user-agent"]).not.toBe("Googlebot/2.1");
    const plain = await get("/om");
    expect(plain.headers.get("x-front-cache")).toBe("HIT");
    expect(await plain.text()).toBe("<h1>Versjon 1</h1>");
  });

  it("answers a HEAD without a body, asking Next for the page as a GET and keeping it", async () => {
    const head = await fetch(`${base}/om`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect(seen[0]!.method).toBe("GET");
    const page = await get("/om");
    expect(page.headers.get("x-front-cache")).toBe("HIT");
    expect(await page.text()).toBe("<h1>Versjon 1</h1>");
    const again = await fetch(`${base}/om`, { method: "HEAD" });
    expect([again.headers.get("x-front-cache"), await again.text()]).toEqual(["HIT", ""]);
    expect(seen).toHaveLength(1);
  });

  it("tells a browser whose copy is still the same so (304), from the cache", async () => {
    await (await get("/om")).text();
    const unchanged = await get("/om", { "if-none-match": '"v1"' });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("etag")).toBe('"v1"');
    const changed = await get("/om", { "if-none-match": '"v0"' });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe("<h1>Versjon 1</h1>");
    expect(seen).toHaveLength(1);
  });

  it("passes an editor's request on without Next's internal headers, and proves its own address header", async () => {
    await (
      await get("/om", {
        cookie: "authjs.session-token=abc",
        "x-middleware-prefetch": "1",
        "x-invoke-path": "/x",
        "x-front-server": "forged",
      })
    ).text();
    const { headers } = seen[0]!;
    expect(headers.cookie).toBe("authjs.session-token=abc");
    expect(headers).not.toHaveProperty("x-middleware-prefetch");
    expect(headers).not.toHaveProperty("x-invoke-path");
    expect(headers["x-front-server"]).toBe(TOKEN);
  });

  it("behind a trusted proxy, takes the visitor's address from the entry that proxy added", async () => {
    const port = (upstream.address() as AddressInfo).port;
    await withFrontServer(port, { trustedProxies: 1 }, async (front) => {
      // The visitor forged 203.0.113.66; the proxy added the address it saw, 198.51.100.7.
      await (
        await fetch(`${front}/ekko`, {
          method: "POST",
          body: "x",
          headers: { "x-forwarded-for": "203.0.113.66, 198.51.100.7" },
        })
      ).text();
    });
    const { headers } = seen[0]!;
    expect(headers["x-real-ip"]).toBe("198.51.100.7");
    expect(headers["x-forwarded-for"]).toBe("203.0.113.66, 198.51.100.7, 127.0.0.1");
  });

  it("says in Norwegian that the site is unavailable when Next does not answer", async () => {
    await withFrontServer(1, {}, async (orphan) => {
      const response = await fetch(`${orphan}/`);
      expect(response.status).toBe(502);
      expect(await response.text()).toContain("Siden er midlertidig utilgjengelig");
    });
  });

  it("asks again when Next drops a kept-alive connection at the moment it is used", async () => {
    // Drops every second request on a connection, as a server closing an idle one does.
    const flaky = http.createServer((req, res) => {
      const socket = req.socket as typeof req.socket & { served?: number };
      socket.served = (socket.served ?? 0) + 1;
      if (socket.served > 1) return socket.destroy();
      res.writeHead(200, { "cache-control": "private, no-store" }).end("svar");
    });
    await withFrontServer(flaky, {}, async (front) => {
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${front}/privat`);
        expect(response.status).toBe(200);
        expect(await response.text()).toBe("svar");
      }
    });
  });

  it("does not let a GET with a body spoil the connection for the next visitor", async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const odd = http.request(`${base}/privat`, { method: "GET", headers: { "content-length": "5" } }, async (res) => {
        let text = "";
        for await (const chunk of res) text += chunk;
        resolve(text);
      });
      odd.on("error", reject);
      odd.end("hallo");
    });
    expect(answer).toBe("<h1>Versjon 1</h1>");
    const next = await get("/privat");
    expect(next.status).toBe(200);
    expect(await next.text()).toBe("<h1>Versjon 1</h1>");
  });

  it("gives the visitor an error page when Next stays silent", async () => {
    await withFrontServer(
      http.createServer(() => {}),
      { idleTimeoutMs: 200 },
      async (front) => {
        const response = await fetch(`${front}/om`);
        expect(response.status).toBe(504);
        expect(await response.text()).toContain("Siden er midlertidig utilgjengelig");
      },
    );
  });
});

describe("the front server after a change", () => {
  /** A front server of its own that renders the most asked-for pages again 20 ms after a change. */
  async function withRewarming(
    run: (at: (path: string, headers?: Record<string, string>) => Promise<Response>, own: FrontCache) => Promise<void>,
  ) {
    const own = new FrontCache();
    const proxy = createFrontServer(
      own,
      { host: "127.0.0.1", port: (upstream.address() as AddressInfo).port },
      { rewarmDelayMs: 20 },
    );
    const port = await listen(proxy);
    try {
      await run((path, headers = {}) => fetch(`http://127.0.0.1:${port}${path}`, { headers }), own);
    } finally {
      proxy.close();
    }
  }
  const visit = async (response: Promise<Response>, times: number) => {
    for (let i = 0; i < times; i++) await (await response).text();
  };

  it("renders the pages visitors asked for more than once again, before anyone asks", async () => {
    await withRewarming(async (at, own) => {
      for (let i = 0; i < 3; i++) await (await at("/om")).text();
      await (await at("/kontakt")).text(); // once only
      seen = [];
      version = 2;
      own.clear();
      await expect.poll(() => seen.map((request) => request.url)).toEqual(["/om"]);
      const next = await at("/om");
      expect(next.headers.get("x-front-cache")).toBe("HIT");
      // Named for a CDN like a page a visitor's request stored (cache-tags.mjs).
      expect(next.headers.get("cache-tag")).toBe("tekstside:om,selvhjelp");
      expect(await next.text()).toBe("<h1>Versjon 2</h1>");
      // A page rendered again after /om would have been asked for when /om's render ended, so
      // before this one.
      await (await at("/etterpa")).text();
      expect(seen.map((request) => request.url)).toEqual(["/om", "/etterpa"]);
    });
  });

  it("asks for the same variant, with the headers it varies on", async () => {
    await withRewarming(async (at, own) => {
      for (let i = 0; i < 2; i++) await (await at("/om", { rsc: "1" })).text();
      seen = [];
      own.clear();
      await expect.poll(() => seen.length).toBe(1);
      expect(seen[0]!.headers.rsc).toBe("1");
      await expect.poll(async () => (await at("/om", { rsc: "1" })).headers.get("x-front-cache")).toBe("HIT");
    });
  });

  it("asks once more for a page that Next rendered afresh for its own cache, and then keeps it", async () => {
    await withRewarming(async (at, own) => {
      for (let i = 0; i < 3; i++) await (await at("/isr")).text(); // MISS (not kept), HIT (kept), then from the front cache
      seen = [];
      version = 2;
      own.clear();
      await expect.poll(() => seen.length).toBe(2);
      const next = await at("/isr");
      expect(next.headers.get("x-front-cache")).toBe("HIT");
      expect(await next.text()).toBe("<h1>Versjon 2</h1>");
    });
  });

  it("renders a page again once more when a further change comes meanwhile, and keeps only that", async () => {
    await withRewarming(async (at, own) => {
      await visit(at("/om"), 1);
      await visit(at("/om"), 1);
      seen = [];
      const release = holdNextBack();
      version = 2;
      own.clear();
      await expect.poll(() => seen.length).toBe(1); // rendering version 2 again
      version = 3;
      own.clear();
      release();
      await expect.poll(() => seen.length).toBe(2); // and once more for version 3
      await expect.poll(() => own.size).toBe(1);
      const next = await at("/om");
      expect(next.headers.get("x-front-cache")).toBe("HIT");
      expect(await next.text()).toBe("<h1>Versjon 3</h1>");
    });
  });
});

/** Holds Next's answers back until the returned function is called. */
function holdNextBack() {
  let release = () => {};
  holdNext = new Promise((resolve) => (release = resolve));
  return release;
}

import { expect, test } from "@playwright/test";

// What a load balancer or uptime monitor gets from the running portal.

test("GET /api/health answers 200 JSON with the app and the database up, never cached", async ({ request }) => {
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["cache-control"]).toBe("no-store");
    // The front server asks Next every time.
    expect(response.headers()["x-front-cache"]).not.toBe("HIT");
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: "ok" });
    expect(typeof body.durationMs).toBe("number");
  }
});

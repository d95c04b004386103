import { expect, test } from "@playwright/test";

// Auth.js builds the URLs of sign-in and its callbacks. Behind the front server, the request it
// sees names Next's private port, and a visitor can name any host: both must be ignored for the
// public address (SITE_URL).

test("Auth.js names only the public address, whatever host the request names", async ({ request, baseURL }) => {
  const variants: Record<string, string>[] = [
    {},
    { host: "falsk.example" },
    { "x-forwarded-host": "falsk.example", "x-forwarded-proto": "https" },
  ];
  for (const headers of variants) {
    const providers = await (await request.get("/api/auth/providers", { headers })).json();
    expect(providers.credentials.signinUrl).toBe(`${baseURL}/api/auth/signin/credentials`);
    expect(providers.credentials.callbackUrl).toBe(`${baseURL}/api/auth/callback/credentials`);
  }
});

test("a sign-in redirect stays on the public address", async ({ request, baseURL }) => {
  const response = await request.get("/api/auth/signin", {
    maxRedirects: 0,
    headers: { "x-forwarded-host": "falsk.example" },
  });
  expect(response.status()).toBe(302);
  const location = new URL(response.headers().location!, baseURL);
  expect(location.origin).toBe(baseURL);
  expect(location.pathname).toBe("/redaksjon/logg-inn");
  expect(location.searchParams.get("callbackUrl")).toBe(baseURL);
});

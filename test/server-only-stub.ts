// Vitest runs outside React's server environment, where the real "server-only" package
// throws on import; the data layer is server code in these tests, so it is allowed.
export {};

// Types for the front server, which is plain JavaScript because it runs outside the build.
import type { IncomingMessage, Server } from "node:http";
import type { FrontCache } from "./front-cache.mjs";

export function createFrontServer(
  cache: FrontCache | null,
  upstream: { host: string; port: number },
  options?: { idleTimeoutMs?: number; joinTimeoutMs?: number; trustedProxies?: number; rewarmDelayMs?: number },
): Server;
export function forwardedHeaders(request: IncomingMessage, trustedProxies: number): Record<string, string>;

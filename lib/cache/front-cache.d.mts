// Types for the front cache, which is plain JavaScript because the front server runs outside the build.
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";

type Request = { method?: string; url?: string; headers: IncomingHttpHeaders | Record<string, string> };
type Response = { status: number; headers: OutgoingHttpHeaders | Record<string, string>; body: Buffer };

export const MAX_BODY_BYTES: number;
export function frontCacheMegabytes(env?: Record<string, string | undefined>): number;
export function sharedLifetime(status: number, headers: Record<string, unknown>): number | null;
export function outgoingHeaders<T extends Record<string, unknown>>(headers: T): T;
export class FrontCache {
  constructor(options?: { maxBytes?: number });
  generation: number;
  keyOf(request: Request): string | null;
  get(key: string): (Response & { age: number }) | undefined;
  begin(): number;
  set(key: string | null, began: number, response: Response): boolean;
  has(key: string): boolean;
  requestOf(key: string): { url: string; headers: Record<string, string> };
  clear(): void;
  onClear(listener: (popularKeys: string[]) => void): () => void;
  readonly size: number;
}

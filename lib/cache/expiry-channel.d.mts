// Types for the expiry channel, which is plain JavaScript like the cache handler that uses it.
export function onSharedExpiry(listener: (tags: string[]) => void): void;
export function shareExpiry(tags: string[]): Promise<void>;
export const IPC: string;
export function untilAnswered<K>(answers: Map<K, () => void>, id: K, timeoutMs: number, send: () => void): Promise<void>;

// A plain tar archive for backups: ustar entries (a 512-byte header, the body padded to 512 bytes,
// two zero blocks at the end), so that `tar xzf` opens a backup by hand; `readTar` reads one entry
// at a time from a stream, so a restore never holds the whole archive in memory.
const BLOCK = 512;

function field(header: Buffer, offset: number, length: number, value: string): void {
  header.write(value, offset, length, "utf8");
}

/** One ustar entry (header, body, padding) for a regular file. */
export function tarEntry(name: string, body: Buffer, mtime: Date): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`Name too long for a tar entry: ${name}`);
  const header = Buffer.alloc(BLOCK);
  field(header, 0, 100, name);
  field(header, 100, 8, "0000644\0");
  field(header, 108, 8, "0000000\0");
  field(header, 116, 8, "0000000\0");
  field(header, 124, 12, `${body.length.toString(8).padStart(11, "0")}\0`);
  field(
    header,
    136,
    12,
    `${Math.floor(mtime.getTime() / 1000)
      .toString(8)
      .padStart(11, "0")}\0`,
  );
  field(header, 148, 8, "        ");
  field(header, 156, 1, "0");
  field(header, 257, 8, "ustar\u000000");
  let sum = 0;
  for (const byte of header) sum += byte;
  field(header, 148, 8, `${sum.toString(8).padStart(6, "0")}\0 `);
  const padding = Buffer.alloc((BLOCK - (body.length % BLOCK)) % BLOCK);
  return Buffer.concat([header, body, padding]);
}

/** The end of a tar archive. */
export const TAR_END = Buffer.alloc(2 * BLOCK);

/** Reads exact byte counts from a stream of chunks. */
class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    const next = await this.iterator.next();
    if (next.done) return false;
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, next.value]) : next.value;
    return true;
  }

  async read(length: number): Promise<Buffer | undefined> {
    while (this.buffer.length < length) if (!(await this.fill())) return undefined;
    const bytes = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    return bytes;
  }

  /** Yields the next `span.left` bytes, counting them off `span` (so a reader that stops early leaves the rest counted). */
  async *chunks(span: { left: number }): AsyncGenerator<Buffer> {
    while (span.left > 0) {
      if (!this.buffer.length && !(await this.fill()))
        throw new Error("The backup file ends in the middle of an entry (truncated?).");
      const chunk = this.buffer.subarray(0, Math.min(span.left, this.buffer.length));
      this.buffer = this.buffer.subarray(chunk.length);
      span.left -= chunk.length;
      yield chunk;
    }
  }
}

export type TarEntry = { name: string; size: number; body: AsyncIterable<Buffer> };

function text(header: Buffer, offset: number, length: number): string {
  const bytes = header.subarray(offset, offset + length);
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? length : end).toString("utf8");
}

/**
 * The regular files of a tar stream, in order. Each entry's body must be read (or skipped by
 * moving on, which reads it) before the next entry is asked for.
 */
export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const reader = new ByteReader(source);
  for (;;) {
    const header = await reader.read(BLOCK);
    if (!header) throw new Error("The backup file ends before the end of its archive (truncated?).");
    if (header.every((byte) => byte === 0)) return;
    let sum = 0;
    for (let index = 0; index < BLOCK; index++) sum += index >= 148 && index < 156 ? 32 : header[index]!;
    if (sum !== parseInt(text(header, 148, 8).trim(), 8))
      throw new Error("The backup file is damaged (a tar header's checksum is wrong).");
    const prefix = text(header, 345, 155);
    const name = prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100);
    const size = parseInt(text(header, 124, 12).trim() || "0", 8);
    const type = text(header, 156, 1);
    const span = { left: size };
    if (type === "0" || type === "") yield { name, size, body: { [Symbol.asyncIterator]: () => reader.chunks(span) } };
    // Whatever the consumer left of the body, then the padding.
    for await (const _chunk of reader.chunks(span));
    if (!(await reader.read((BLOCK - (size % BLOCK)) % BLOCK)))
      throw new Error("The backup file ends in the middle of an entry (truncated?).");
  }
}

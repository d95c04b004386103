// The pieces a backup is made of, without pg_dump (the embedded package ships none, and Debian's
// client is too old for PostgreSQL 18): COPY through a pg client, and a plain tar archive.
//
// - COPY: pg sends any object with a `submit` method down the wire as it is and hands it the
//   protocol messages (pg-copy-streams works the same way). `copyOut` collects `COPY ... TO STDOUT`,
//   `copyIn` feeds `COPY ... FROM STDIN` from an async iterable, waiting for the socket to drain.
// - tar: ustar entries (a 512-byte header, the body padded to 512 bytes, two zero blocks at the
//   end), so that `tar xzf` opens a backup by hand; `readTar` reads one entry at a time from a
//   stream, so a restore never holds the whole archive in memory.
import type pg from "pg";

type Connection = {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.WritableStream & {
    writableNeedDrain?: boolean;
    once(event: "drain" | "close", listener: () => void): unknown;
  };
};

/** The rows of a `COPY n` command tag. */
function copiedRows(message: { text?: string }): number | undefined {
  const match = /^COPY (\d+)$/.exec(message.text ?? "");
  return match ? Number(match[1]) : undefined;
}

abstract class CopyQuery<T> {
  readonly result: Promise<T>;
  protected rows: number | undefined;
  private settled = false;
  private resolveResult!: (value: T) => void;
  private rejectResult!: (error: Error) => void;

  constructor(private readonly text: string) {
    this.result = new Promise<T>((resolve, reject) => {
      this.resolveResult = resolve;
      this.rejectResult = reject;
    });
  }

  protected abstract value(): T;

  submit(connection: Connection): void {
    connection.query(this.text);
  }
  handleCommandComplete(message: { text?: string }): void {
    this.rows = copiedRows(message);
  }
  // pg calls this at once for a server error (then without the query active) or a broken socket.
  handleError(error: Error): void {
    this.fail(error);
  }
  handleReadyForQuery(): void {
    if (this.settled) return;
    this.settled = true;
    this.resolveResult(this.value());
  }
  handleCopyData(_message: { chunk: Buffer }): void {}
  handleCopyInResponse(connection: Connection): void {
    connection.sendCopyFail("This query does not send data");
  }
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}

  protected fail(error: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.rejectResult(error);
  }
  protected get failed(): boolean {
    return this.settled;
  }
}

class CopyOut extends CopyQuery<{ data: Buffer; rows: number }> {
  private readonly chunks: Buffer[] = [];

  override handleCopyData(message: { chunk: Buffer }): void {
    // A copy: the parser may reuse the memory it handed out once the next data arrives.
    this.chunks.push(Buffer.from(message.chunk));
  }
  protected value() {
    return { data: Buffer.concat(this.chunks), rows: this.rows ?? 0 };
  }
}

class CopyIn extends CopyQuery<number> {
  constructor(
    text: string,
    private readonly source: AsyncIterable<Buffer>,
  ) {
    super(text);
  }

  override handleCopyInResponse(connection: Connection): void {
    void this.pump(connection);
  }
  private async pump(connection: Connection): Promise<void> {
    try {
      for await (const chunk of this.source) {
        if (this.failed) return;
        connection.sendCopyFromChunk(chunk);
        if (connection.stream.writableNeedDrain)
          await new Promise<void>((resolve) => connection.stream.once("drain", resolve));
      }
      if (!this.failed) connection.endCopyFrom();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      connection.sendCopyFail(message);
      this.fail(error instanceof Error ? error : new Error(message));
    }
  }
  protected value() {
    return this.rows ?? 0;
  }
}

/** Runs `COPY ... TO STDOUT` on `client` and returns what it sent, with the number of rows. */
export function copyOut(client: pg.ClientBase, sql: string): Promise<{ data: Buffer; rows: number }> {
  const query = new CopyOut(sql);
  void client.query(query as unknown as pg.QueryConfig);
  return query.result;
}

/** Runs `COPY ... FROM STDIN` on `client` with the bytes of `source`; returns the rows loaded. */
export function copyIn(client: pg.ClientBase, sql: string, source: AsyncIterable<Buffer>): Promise<number> {
  const query = new CopyIn(sql, source);
  void client.query(query as unknown as pg.QueryConfig);
  return query.result;
}

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

// COPY through a pg client, for backups without pg_dump (the embedded package ships none, and
// Debian's client is too old for PostgreSQL 18). pg sends any object with a `submit` method down
// the wire as it is and hands it the protocol messages (pg-copy-streams works the same way).
// `copyOut` collects `COPY ... TO STDOUT`, `copyIn` feeds `COPY ... FROM STDIN` from an async
// iterable, waiting for the socket to drain.
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

// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm), driven through
// the pg driver adapter: the engine's setup for migrations.ts. These are Prisma internals: keep
// the package versions pinned and lib/db/migrations.integration.test.ts green.
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

/**
 * Runs `run` with a schema engine on the database, for the schema text `schema` read from
 * `schemaPath`; the engine's WebAssembly is found through node_modules under `root`.
 */
export async function withEngine<T>(
  databaseUrl: string,
  root: string,
  { schemaPath, schema }: { schemaPath: string; schema: string },
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadWasm(root);
  const pool = new pg.Pool({ connectionString: databaseUrl });
  const shadowDatabases: { name: string; pool: pg.Pool }[] = [];
  // PrismaPg's own connectToShadowDb is unusable in 7.10 (it loses the password of a given pool,
  // lets a connection string override the shadow database's name, and drops the database before
  // closing its pool), so the shadow databases are made and removed here.
  const adapterFactory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: charAwareConnector(pool),
    connectToShadowDb: async () => {
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await pool.query(`CREATE DATABASE "${name}"`);
      const shadowPool = new pg.Pool({ connectionString: withDatabase(databaseUrl, name) });
      // pool.end() resolves while its sockets are still closing, so the DROP ... WITH (FORCE) below
      // can terminate one (57P01); unhandled, that error event would end the process.
      shadowPool.on("error", (error: Error & { code?: string }) => {
        if (error.code !== "57P01") console.error(`Shadow database connection failed: ${error.message}`);
      });
      shadowDatabases.push({ name, pool: shadowPool });
      return charAwareConnector(shadowPool)();
    },
  };
  const log: string[] = [];
  try {
    const engine = await SchemaEngine.new(
      { datamodels: [[schemaPath, schema]] },
      (line: string) => {
        if (!/"level":"(INFO|DEBUG|TRACE)"/.test(line)) log.push(line);
      },
      bindMigrationAwareSqlAdapterFactory(adapterFactory),
    );
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } catch (error) {
    throw engineError(error, log);
  } finally {
    for (const shadow of shadowDatabases) {
      await shadow.pool.end();
      await pool.query(`DROP DATABASE IF EXISTS "${shadow.name}" WITH (FORCE)`);
    }
    await pool.end();
  }
}

const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * PrismaPg adapters on `pool` that run scripts whole and can read Postgres' one-byte "char" type (OID 18). The engine
 * reads such catalog columns (e.g. pg_constraint.contype) when it describes the shadow database
 * and expects them as `Character`, but adapter-pg 7.10 rejects them ("Column type 'char' could not
 * be deserialized"). So the pool reports them as text, remembering which columns they were (keyed
 * by the rows array, which adapter-pg hands on unchanged), and the adapter then retypes them.
 */
function charAwareConnector(pool: pg.Pool): () => Promise<SqlDriverAdapter> {
  const charColumns = new WeakMap<unknown[], number[]>();
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult | pg.QueryResult[]>;
  Object.assign(pool, {
    query: async (config: pg.QueryConfig) => {
      const result = await query(config);
      for (const { fields, rows } of [result].flat()) {
        const columns = (fields ?? []).flatMap((field, index) => (field.dataTypeID === CHAR_OID ? [index] : []));
        if (!columns.length) continue;
        for (const index of columns) fields[index]!.dataTypeID = TEXT_OID;
        charColumns.set(rows, columns);
      }
      return result;
    },
  });
  return async () => {
    const adapter = await new PrismaPg(pool).connect();
    // adapter-pg 7.10 splits a migration script at every ";", which breaks function bodies
    // ($$ ... $$) in hand-written migrations. Without parameters pg sends the script as one simple
    // query, which Postgres runs as a whole, in one implicit transaction, as the native engine does.
    adapter.executeScript = async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    };
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (sqlQuery) => {
      const resultSet = await queryRaw(sqlQuery);
      for (const index of charColumns.get(resultSet.rows) ?? [])
        resultSet.columnTypes[index] = ColumnTypeEnum.Character;
      return resultSet;
    };
    return adapter;
  };
}

function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Where the engine reports a Rust panic (as the Prisma CLI sets it up). A panic then ends the
 * process with a bare "RuntimeError: unreachable", so its message is printed here first.
 */
class PanicRegistry {
  message = "";
  get(): string {
    return this.message;
  }
  set_message(message: string): void {
    this.message = `RuntimeError: ${message}`;
    console.error(`Prisma's schema engine panicked: ${message}`);
  }
}

let wasm: Promise<typeof glue> | undefined;

/** Instantiates the engine once per process, with the wasm-bindgen glue as its imports. */
function loadWasm(root: string): Promise<typeof glue> {
  wasm ??= (async () => {
    const gluePath = createRequire(path.join(root, "package.json")).resolve(
      "@prisma/schema-engine-wasm/schema_engine_bg",
    );
    const bytes = await fs.readFile(gluePath.replace(/\.js$/, ".wasm"));
    const imports: Record<string, unknown> = { ...glue };
    // The engine arms timers of ~10 s that would keep Node alive after the work is done.
    for (const [name, fn] of Object.entries(imports)) {
      if (name.startsWith("__wbg_setTimeout_") && typeof fn === "function") {
        imports[name] = (...args: unknown[]) => (fn(...args) as NodeJS.Timeout).unref();
      }
    }
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= new PanicRegistry();
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return glue;
  })();
  return wasm;
}

/** Marks an error as the engine's and adds any warnings or errors it logged. */
function engineError(error: unknown, log: string[]): Error {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error);
  const details = log.length ? `\nSchema engine log:\n${log.slice(-20).join("\n")}` : "";
  return new Error(`Schema engine failed: ${message}${details}`, { cause: error });
}

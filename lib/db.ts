import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { registerDatabaseProbe, reportDatabaseError } from "@/lib/db/availability";
import { env } from "@/lib/env";

// One Prisma client for the process; kept on globalThis so that hot reload in
// development does not open a new pool on every change.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// An editor's save waits up to 10 s for a connection (Prisma's default is 2 s), so that a busy
// moment on a small machine is not reported to the editor as the database being down. A database
// that does not answer at all fails a query after as long (connectionTimeoutMillis; pg would wait
// forever), and a connection that breaks tells lib/db/availability.ts at once, so that requests
// get the 503 page instead of a 500. The pool replaces broken connections by itself: when
// PostgreSQL is back, so is the portal.
//
// A search runs up to six queries at once. The pool would close a connection after 10 s unused,
// and opening them again cost a first-time search 40-50 ms (measured on the benchmark's database):
// the connections it opens stay open however quiet the site is (at most `max`).

export const db =
  globalForPrisma.prisma ??
  new PrismaClient({
    adapter: new PrismaPg(
      { connectionString: env.DATABASE_URL, max: 10, idleTimeoutMillis: 0, connectionTimeoutMillis: 10_000 },
      { onPoolError: reportDatabaseError, onConnectionError: reportDatabaseError },
    ),
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

registerDatabaseProbe(() => db.$queryRaw`SELECT 1`);

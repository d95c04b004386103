import "server-only";
import { db } from "@/lib/db";

export const AUDIT_PAGE_SIZE = 100;

/** One page of the audit log, newest first, for the admins' «Logg». */
export function auditLogPage(page: number) {
  return db.auditEvent.findMany({
    // The id last: a stable order when two events share a moment.
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE,
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      detail: true,
      ip: true,
      user: { select: { name: true } },
    },
  });
}

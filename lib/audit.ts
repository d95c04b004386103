import type { Prisma } from "./generated/prisma/client";

export type AuditAction =
  | "login"
  | "login_failed"
  | "logout"
  | "create"
  | "update"
  | "publish"
  | "unpublish"
  | "delete"
  | "restore"
  | "purge"
  | "revision_restore"
  | "editor_create"
  | "editor_update"
  | "editor_disable"
  | "editor_enable"
  | "editor_password"
  | "throttle_lift"
  | "attachment_add"
  | "attachment_remove"
  | "attachment_restore"
  | "person_merge"
  | "person_merge_undo";

type Entry = {
  action: AuditAction;
  userId?: string | null;
  entityType?: string;
  entityId?: string;
  detail?: Prisma.InputJsonValue;
  ip?: string | null;
};

// No "server-only" here: the editors CLI records its changes too.

/** Appends to the audit log; pass the transaction to keep the entry with the change. */
export async function recordAudit(client: Prisma.TransactionClient, entry: Entry): Promise<void> {
  await client.auditEvent.create({ data: { ...entry, userId: entry.userId ?? null, ip: entry.ip ?? null } });
}

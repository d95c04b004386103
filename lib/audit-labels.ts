import type { AuditAction } from "./audit";

// What each audit action says in the editors' area (the log and the dashboard), in bokmål.
// A Record over every action: a new action in lib/audit.ts fails tsc until it is named here.
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  login: "logget inn",
  login_failed: "mislykket innlogging",
  logout: "logget ut",
  create: "opprettet",
  update: "endret",
  publish: "publiserte",
  unpublish: "avpubliserte",
  delete: "flyttet til papirkurven",
  restore: "hentet tilbake",
  purge: "slettet for godt",
  revision_restore: "gjenopprettet en versjon av",
  editor_create: "opprettet redaktør",
  editor_update: "endret redaktør",
  editor_disable: "deaktiverte redaktør",
  editor_enable: "aktiverte redaktør",
  editor_password: "satte nytt passord for",
  throttle_lift: "opphevet innloggingssperren for",
  attachment_add: "la ved en fil til",
  attachment_remove: "fjernet en fil fra",
  attachment_restore: "hentet tilbake en fil til",
  person_merge: "slo sammen en annen person med",
  person_merge_undo: "angret sammenslåingen av",
};

/** The label of an action as stored (a string in the database), or the stored name itself. */
export function auditActionLabel(action: string): string {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action as AuditAction] : action;
}

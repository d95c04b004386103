import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, auditActionLabel } from "./audit-labels";

describe("audit action labels", () => {
  it("name the attachments' actions in Norwegian", () => {
    expect(auditActionLabel("attachment_add")).toBe("la ved en fil til");
    expect(auditActionLabel("login_failed")).toBe("mislykket innlogging");
  });

  it("give a stored name they do not know as it is, and nothing of Object's", () => {
    expect(auditActionLabel("something_new")).toBe("something_new");
    expect(auditActionLabel("toString")).toBe("toString");
    expect(auditActionLabel("__proto__")).toBe("__proto__");
  });

  it("are all different", () => {
    const labels = Object.values(AUDIT_ACTION_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { passwordSchema } from "./password-rules";

describe("passwords", () => {
  it("hashes with argon2id at OWASP parameters and verifies", async () => {
    const stored = await hashPassword("korrekt hest batteri stift");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, "korrekt hest batteri stift")).toBe(true);
    expect(await verifyPassword(stored, "korrekt hest batteri stiFT")).toBe(false);
  });

  it("never accepts an unknown account or a broken hash", async () => {
    expect(await verifyPassword(null, "hva som helst her")).toBe(false);
    expect(await verifyPassword("ikke-en-hash", "hva som helst her")).toBe(false);
  });

  it("asks only for length, in Norwegian", () => {
    expect(passwordSchema.safeParse("kort").error?.issues[0]?.message).toBe("Passordet må ha minst 12 tegn.");
    expect(passwordSchema.safeParse("bare små bokstaver").success).toBe(true);
  });
});

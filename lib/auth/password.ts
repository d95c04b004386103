import { hash, verify } from "@node-rs/argon2";

// argon2id with the OWASP minimum parameters: 19 MiB memory, 2 iterations, 1 lane.
// (2 is Algorithm.Argon2id, a const enum that isolatedModules cannot read.)
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

// Verified against when the email is unknown, so that a wrong email costs as much time as a
// wrong password and response times do not reveal which accounts exist.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$NZbYb8QZOL2gjFDeXeRXnQ$UQtKIB0tww+vmBeNFWX3cX2QEb5Y4fVLHj+7l3jH8vY";

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return ok && passwordHash !== null;
  } catch {
    // A malformed stored hash never lets anyone in.
    return false;
  }
}

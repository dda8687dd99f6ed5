import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's recommended minimum).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the time of a real verification, so "no such account" answers as slowly as "wrong password". */
export async function verifyNothing(password: string): Promise<false> {
  dummyHash ??= hash('logai-timing-equaliser');
  await verify(await dummyHash, password).catch(() => false);
  return false;
}

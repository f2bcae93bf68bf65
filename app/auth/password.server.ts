import { hash, verify } from '@node-rs/argon2';
export { minimumPasswordLength } from './password-policy';

// OWASP's argon2id minimum (19 MiB, 2 iterations, 1 lane).
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Verified when the account does not exist, so that an unknown email takes as
// long to answer as a wrong password and timing reveals nothing.
const unknownAccountHash = hash('polku-no-such-account', options);

export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  try {
    return await verify(storedHash ?? (await unknownAccountHash), password);
  } catch {
    return false;
  }
}

import fs from 'node:fs';
import { hash, verify } from '@node-rs/argon2';

// argon2id (Algorithm.Argon2id = 2; the enum is `const` and cannot be imported under isolatedModules),
// with OWASP's minimum parameters: 19 MiB, 2 iterations.
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Checks a password against a stored argon2 hash; a malformed hash never matches. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the time of one verification for an unknown user, so timing does not reveal who exists. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('kaifaqu-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

let commonPasswords: Set<string> | undefined;
/** The bundled list of common passwords, lower-cased. */
export function commonPasswordList(): Set<string> {
  if (!commonPasswords) {
    const text = fs.readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8');
    commonPasswords = new Set(
      text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.toLowerCase()),
    );
  }
  return commonPasswords;
}

/** Rules a new password is checked against. */
export interface PasswordRules {
  username: string;
  minLength: number;
}

/** Every rule a candidate password breaks, as messages a person can act on (empty when it passes). */
export function passwordProblems(password: string, rules: PasswordRules): string[] {
  const problems: string[] = [];
  if ([...password].length < rules.minLength) problems.push(`密码长度不能少于 ${rules.minLength} 位`);
  if ([...password].length > 128) problems.push('密码长度不能超过 128 位');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('密码须包含大写字母、小写字母、数字、特殊字符中的至少三类');
  if (rules.username && password.toLowerCase().includes(rules.username.toLowerCase())) {
    problems.push('密码不能包含用户名');
  }
  if (commonPasswordList().has(password.toLowerCase())) problems.push('该密码过于常见,请换一个');
  return problems;
}

const ALPHABETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!@#$%^&*-_=+'];

/** A random one-time password of `length` characters drawing on all four classes. */
export function randomPassword(length = 16, random: (n: number) => number = cryptoRandomInt): string {
  const all = ALPHABETS.join('');
  const chars = ALPHABETS.map((a) => a[random(a.length)]!);
  while (chars.length < length) chars.push(all[random(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

function cryptoRandomInt(n: number): number {
  const buf = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buf);
  return buf[0]! % n;
}

import * as OTPAuth from 'otpauth';

/** A new random TOTP secret (160 bits, base32). */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

/** The otpauth:// URL an authenticator app imports. */
export function totpUrl(secret: string, username: string, issuer: string): string {
  return new OTPAuth.TOTP({ issuer, label: username, secret: OTPAuth.Secret.fromBase32(secret) }).toString();
}

/** True when `code` is valid for `secret` at `now`, allowing one 30-second step of drift. */
export function verifyTotp(secret: string, code: string, now: Date): boolean {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
  return totp.validate({ token: code, timestamp: now.getTime(), window: 1 }) !== null;
}

/** The current code for a secret (used by tests and the demo's documentation). */
export function currentTotp(secret: string, now: Date): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
    timestamp: now.getTime(),
  });
}

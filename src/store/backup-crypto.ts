import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { bytesToUtf8, randomBytes, utf8ToBytes } from '@noble/ciphers/utils.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';

/**
 * A backup that carries children's names, protected with a passphrase. crypto.subtle is
 * missing on a school server over plain http, so the audited noble libraries do it:
 * - key: scrypt (RFC 7914), memory-hard, so guessing passphrases on a graphics card costs
 *   memory as well as time; N = 2^15, r = 8 (32 MiB, about a second on a cheap tablet).
 *   Argon2id would be the first choice in native code, but in pure JavaScript it is several
 *   times slower than scrypt for the same memory, so a tablet could afford far less of it.
 * - cipher: XChaCha20-Poly1305 (authenticated: a wrong passphrase or a changed byte is
 *   refused, never decrypted into garbage); its 24-byte random nonce never repeats in practice.
 */
export const PROTECTED_FORMAT = 'lopvui-backup-protected';
const KDF = { name: 'scrypt', N: 2 ** 15, r: 8, p: 1, dkLen: 32 } as const;

export interface ProtectedBackup {
  format: typeof PROTECTED_FORMAT;
  version: 1;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: 'xchacha20poly1305';
  nonce: string;
  data: string;
}

export async function protect(text: string, passphrase: string): Promise<ProtectedBackup> {
  const salt = randomBytes(16);
  const nonce = randomBytes(24);
  const key = await scryptAsync(passphrase.normalize('NFC'), salt, KDF);
  const data = xchacha20poly1305(key, nonce).encrypt(utf8ToBytes(text));
  return { format: PROTECTED_FORMAT, version: 1, kdf: { name: 'scrypt', N: KDF.N, r: KDF.r, p: KDF.p, salt: toBase64(salt) }, cipher: 'xchacha20poly1305', nonce: toBase64(nonce), data: toBase64(data) };
}

export const isProtected = (v: unknown): v is ProtectedBackup => typeof v === 'object' && v !== null && (v as { format?: unknown }).format === PROTECTED_FORMAT;

/** The backup's text, or undefined when the passphrase is wrong (or the file was changed). */
export async function unprotect(p: ProtectedBackup, passphrase: string): Promise<string | undefined> {
  const { N, r, p: par, salt } = p.kdf;
  // Parameters from the file are bounded: a hostile file must not ask for gigabytes.
  if (p.kdf.name !== 'scrypt' || p.cipher !== 'xchacha20poly1305' || !(N >= 2 ** 14 && N <= 2 ** 17 && r === 8 && par >= 1 && par <= 4)) return undefined;
  try {
    const key = await scryptAsync(passphrase.normalize('NFC'), fromBase64(salt), { N, r, p: par, dkLen: 32 });
    return bytesToUtf8(xchacha20poly1305(key, fromBase64(p.nonce)).decrypt(fromBase64(p.data)));
  } catch {
    return undefined;
  }
}

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

function fromBase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

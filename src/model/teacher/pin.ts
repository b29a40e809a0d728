import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';

/**
 * The grown-up gate. A PIN keeps curious fingers out of the teacher's area; it is not a
 * password (four digits guard nothing from an adult with the tablet), so a salted PBKDF2 is
 * plenty, and it works where crypto.subtle does not (a school server over plain http).
 */
export interface PinRecord {
  salt: string;
  hash: string;
}

export const validPin = (pin: string) => /^\d{4,6}$/.test(pin);

export function hashPin(pin: string, salt: string): string {
  return bytesToHex(pbkdf2(sha256, pin, salt, { c: 10_000, dkLen: 32 }));
}

export function makePinRecord(pin: string, salt = bytesToHex(randomBytes(16))): PinRecord {
  return { salt, hash: hashPin(pin, salt) };
}

export const checkPin = (pin: string, record: PinRecord) => hashPin(pin, record.salt) === record.hash;

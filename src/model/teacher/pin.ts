import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import type { Rng } from '../random.ts';

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

/**
 * A question a grown-up answers at once and a young child cannot: a two-digit number times a
 * one-digit number. Asked before a PIN is first set, and before it is reset.
 */
export function grownUpQuestion(rng: Rng): { a: number; b: number; answer: number } {
  const a = 12 + Math.floor(rng() * 80);
  const b = 3 + Math.floor(rng() * 7);
  return { a, b, answer: a * b };
}

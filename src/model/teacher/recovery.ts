import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import { hashPin, type PinRecord } from './pin.ts';

/**
 * The way back in when the PIN is forgotten: a code shown once when the PIN is set, for the
 * teacher to write down. A child cannot work it out (unlike a sum), and guessing it is
 * hopeless (12 characters of 32: 60 bits) behind the gate's growing wait. Only its hash is kept.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read from paper without doubt
export const RECOVERY_LENGTH = 12;

export function makeRecoveryCode(bytes: Uint8Array = randomBytes(RECOVERY_LENGTH)): string {
  let out = '';
  for (let i = 0; i < RECOVERY_LENGTH; i++) out += ALPHABET[(bytes[i] ?? 0) % ALPHABET.length];
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8)}`;
}

/** As typed: any case, with or without dashes or spaces. */
export const normaliseCode = (typed: string) => typed.toUpperCase().replace(/[^A-Z0-9]/g, '');

export function recoveryRecord(code: string, salt = bytesToHex(randomBytes(16))): PinRecord {
  return { salt, hash: hashPin(normaliseCode(code), salt) };
}

export const checkRecovery = (typed: string, record: PinRecord) => normaliseCode(typed).length === RECOVERY_LENGTH && hashPin(normaliseCode(typed), record.salt) === record.hash;

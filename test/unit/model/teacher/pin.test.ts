import { describe, expect, it } from 'vitest';
import { checkPin, makePinRecord, validPin } from '../../../../src/model/teacher/pin.ts';
import { freeAvatar, validName } from '../../../../src/model/learners/learner.ts';

describe('the grown-up gate', () => {
  it('accepts 4–6 digit PINs and checks them against a salted hash', () => {
    expect(['1234', '987654'].every(validPin)).toBe(true);
    expect(['123', '1234567', '12a4', ''].some(validPin)).toBe(false);
    const rec = makePinRecord('2468', 'salt');
    expect(rec.hash).not.toContain('2468');
    expect(checkPin('2468', rec)).toBe(true);
    expect(checkPin('2469', rec)).toBe(false);
    expect(makePinRecord('2468').salt).not.toBe(makePinRecord('2468').salt);
  });
});

describe('learners', () => {
  it('have names without markup', () => {
    expect(validName('Nguyễn Thị Ánh')).toBe(true);
    expect(['', ' ', '<b>An</b>', 'a'.repeat(41), 'An\u0000'].some(validName)).toBe(false);
  });

  it('get an avatar no one else has', () => {
    const taken = [{ animal: 'meo' as const, color: 'tim' as const }, { animal: 'gau' as const, color: 'nau' as const }];
    expect(freeAvatar(taken)).toEqual({ animal: 'tho', color: 'do' });
  });
});

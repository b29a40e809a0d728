import { describe, expect, it } from 'vitest';
import { avatarAt, byGivenName, COLORS_BY_GREY, freeAvatar, givenName, type Animal, type AvatarColor } from '../../../src/model/learners/learner.ts';
import { AVATAR_FILL, greyOf } from '../../../src/ui/avatar-colors.ts';

describe('avatars a class tells apart', () => {
  it('all 48 animal–colour pairs come once before any comes again; the first six differ in animal and colour', () => {
    const taken: { animal: Animal; color: AvatarColor }[] = [];
    for (let i = 0; i < 48; i++) taken.push(freeAvatar(taken));
    expect(new Set(taken.map((a) => `${a.animal}/${a.color}`)).size).toBe(48);
    expect(new Set(taken.slice(0, 6).map((a) => a.animal)).size).toBe(6);
    expect(new Set(taken.slice(0, 6).map((a) => a.color)).size).toBe(6);
    // Not every face red: eight colours among the first eight children.
    expect(new Set(taken.slice(0, 8).map((a) => a.color)).size).toBeGreaterThanOrEqual(6);
    // A gap in the roster (a child who left) is filled first.
    expect(freeAvatar(taken.filter((_, i) => i !== 3))).toEqual(taken[3]);
  });

  it('in greyscale: the colours are eight distinct greys, and a class of 24 never has two of one animal in close greys', () => {
    const greys = COLORS_BY_GREY.map((c) => greyOf(AVATAR_FILL[c]));
    for (let i = 1; i < greys.length; i++) expect(greys[i]! - greys[i - 1]!, COLORS_BY_GREY[i]).toBeGreaterThan(0.04);
    const first = Array.from({ length: 24 }, (_, k) => avatarAt(k));
    for (const a of first)
      for (const b of first)
        if (a !== b && a.animal === b.animal) expect(Math.abs(greyOf(AVATAR_FILL[a.color]) - greyOf(AVATAR_FILL[b.color])), `${a.animal} ${a.color}/${b.color}`).toBeGreaterThanOrEqual(0.15);
  });

  it('sorts by given name with Vietnamese collation, then by the full name', () => {
    expect(givenName('  Nguyễn Thị  Lan ')).toBe('Lan');
    const names = ['Trần Văn Đức', 'Lê Thị Ánh', 'Phạm Minh Dũng', 'Nguyễn Bảo Anh', 'Võ Ngọc Ân', 'Hoàng Gia Bảo', 'Đỗ Thị Anh', 'Bùi Ăn'];
    const sorted = names.map((name) => ({ name })).sort(byGivenName).map((l) => l.name);
    expect(sorted).toEqual(['Đỗ Thị Anh', 'Nguyễn Bảo Anh', 'Lê Thị Ánh', 'Bùi Ăn', 'Võ Ngọc Ân', 'Hoàng Gia Bảo', 'Phạm Minh Dũng', 'Trần Văn Đức']);
  });
});

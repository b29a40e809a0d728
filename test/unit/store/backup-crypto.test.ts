import { describe, expect, it } from 'vitest';
import { isProtected, protect, unprotect } from '../../../src/store/backup-crypto.ts';

describe('a backup protected with a passphrase', () => {
  it('opens with its passphrase only, hides the names, and refuses a changed byte', async () => {
    const text = JSON.stringify({ learners: [{ name: 'Nguyễn Thị Ánh' }] });
    const p = await protect(text, 'mèo con đi học');
    expect(isProtected(JSON.parse(JSON.stringify(p)))).toBe(true);
    expect(JSON.stringify(p)).not.toContain('Ánh');
    expect(await unprotect(p, 'mèo con đi học')).toBe(text);
    expect(await unprotect(p, 'meo con di hoc')).toBeUndefined();
    const changed = { ...p, data: (p.data[0] === 'A' ? 'B' : 'A') + p.data.slice(1) };
    expect(await unprotect(changed, 'mèo con đi học')).toBeUndefined();
    expect(await unprotect({ ...p, kdf: { ...p.kdf, N: 2 ** 24 } }, 'mèo con đi học')).toBeUndefined();
  });
});

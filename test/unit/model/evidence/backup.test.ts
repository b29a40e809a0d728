import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, planMerge, type Backup } from '../../../../src/model/evidence/backup.ts';
import { toCsv } from '../../../../src/model/evidence/csv.ts';
import type { Learner } from '../../../../src/model/learners/learner.ts';
import { answered } from '../../../support/statements.ts';

const learner = (id: string, name: string): Learner => ({ id, name, animal: 'meo', color: 'do', archived: false, createdAt: '2026-11-24T08:00:00.000Z' });
const backup = (extra: Partial<Backup> = {}): Backup => ({
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  exportedAt: '2026-11-24T08:00:00.000Z',
  device: 'http://localhost/',
  learners: [learner('an-1', 'An')],
  statements: [answered({ learner: 'an-1', success: true })],
  judgements: [],
  ...extra,
});

describe('parseBackup', () => {
  it('reads a backup it wrote', () => {
    const b = backup();
    const r = parseBackup(JSON.stringify(b));
    expect('backup' in r && r.backup.statements[0]?.id).toBe(b.statements[0]?.id);
  });

  it('keeps a learner\'s stage, the period summaries and the dated observations the teacher wrote', () => {
    const b = backup({
      learners: [{ ...learner('na-1', 'Na'), stage: 'mn-4-5' }, { ...learner('minh-2', 'Minh'), stage: 'lop-2' }],
      judgements: [
        { learner: 'na-1', code: 'mn.nhan-thuc', outcome: 'shown', notes: [{ at: '2026-11-24T08:00:00.000Z', text: 'Na đếm đúng 5 con vịt.' }], updatedAt: '2026-11-24T08:00:00.000Z' },
        { learner: 'minh-2', code: 'ky.cuoi-ki-1.mon.toan', level: 'htt', comment: 'Em cộng đúng.', updatedAt: '2026-11-24T08:00:00.000Z' },
      ],
    });
    const r = parseBackup(JSON.stringify(b));
    expect('backup' in r && r.backup.learners.map((l) => l.stage)).toEqual(['mn-4-5', 'lop-2']);
    expect('backup' in r && r.backup.judgements).toEqual(b.judgements);
    expect('error' in parseBackup(JSON.stringify(backup({ learners: [{ ...learner('x', 'X'), stage: 'lop-9' as never }] })))).toBe(true);
  });

  it.each([
    ['truncated', JSON.stringify(backup()).slice(0, 200), 'syntax'],
    ['not a backup', JSON.stringify({ hello: 1 }), 'notBackup'],
    ['another version', JSON.stringify({ ...backup(), version: 9 }), 'version'],
    ['a prototype key', JSON.stringify(backup()).replace('"learners":', '"__proto__":{"admin":true},"learners":'), 'hostile'],
    ['deep nesting', JSON.stringify({ ...backup(), deep: JSON.parse('['.repeat(40) + ']'.repeat(40)) }), 'hostile'],
    ['script in a name', JSON.stringify(backup({ learners: [learner('x', '<script>alert(1)</script>')] })), 'invalid'],
    ['a statement without an id', JSON.stringify(backup({ statements: [{ ...answered({ learner: 'a', success: true }), id: 'nope' }] })), 'invalid'],
  ])('refuses %s', (_name, text, key) => {
    const r = parseBackup(text);
    expect('error' in r && r.error.key).toBe(key);
  });

  // biome-ignore lint/suspicious/noExplicitAny: a statement broken on purpose
  const poisoned = (change: (s: any) => void) => {
    const s = JSON.parse(JSON.stringify(answered({ learner: 'an-1', success: true })));
    change(s);
    return JSON.stringify(backup({ statements: [answered({ learner: 'an-1', success: true }), s] }));
  };
  it.each([
    ['a category that is not a list', poisoned((s) => (s.context.contextActivities.category = 'x')), 'statements.1.context.contextActivities.category', 'type'],
    ['a scaled score that is text', poisoned((s) => (s.result.score = { scaled: 'abc' })), 'statements.1.result.score.scaled', 'type'],
    ['a scaled score over 1', poisoned((s) => (s.result.score = { scaled: 2 })), 'statements.1.result.score.scaled', 'range'],
    ['a numeric response', poisoned((s) => (s.result.response = 5)), 'statements.1.result.response', 'type'],
    ['a timestamp in 2099', poisoned((s) => (s.timestamp = '2099-01-01T00:00:00.000Z')), 'statements.1.timestamp', 'future'],
    ['a verb that is not an IRI', poisoned((s) => (s.verb.id = 'answered')), 'statements.1.verb.id', 'format'],
    ['an attempt that is not a count', poisoned((s) => (s.result.extensions['urn:lopvui:ext:attempt'] = 'many')), 'statements.1.result.extensions', 'attempt'],
    ['a learner with the whole class\'s id', JSON.stringify(backup({ learners: [learner('ca-lop', 'Cả lớp')] })), 'learners.0.id', 'reserved'],
  ])('refuses the whole file for %s, naming the record and why', (_name, text, detail, why) => {
    expect(parseBackup(text, Date.UTC(2026, 10, 30))).toEqual({ error: { key: 'invalid', detail, why } });
  });

  it('refuses a file over the size limit without parsing it', () => {
    const huge = { length: 300 * 1024 * 1024 } as unknown as string;
    expect(parseBackup(huge)).toEqual({ error: { key: 'tooBig' } });
  });
});

describe('planMerge', () => {
  it('adds what is new, skips statements already here, reports differing learners without overwriting', () => {
    const shared = answered({ learner: 'an-1', success: true });
    const fresh = answered({ learner: 'binh-2', success: false });
    const local = {
      learners: new Map([['an-1', learner('an-1', 'An Nguyễn')]]),
      statementIds: new Set([shared.id]),
      judgements: new Map([['an-1|nl.tinh-toan', { learner: 'an-1', code: 'nl.tinh-toan', level: 'tot' as const, updatedAt: '2026-11-24T08:00:00.000Z' }]]),
    };
    const incoming = backup({
      learners: [learner('an-1', 'An'), learner('binh-2', 'Bình')],
      statements: [shared, fresh, fresh],
      judgements: [{ learner: 'an-1', code: 'nl.tinh-toan', level: 'dat', updatedAt: '2026-11-25T08:00:00.000Z' }],
    });
    const plan = planMerge(local, incoming);
    expect(plan.statements.map((s) => s.id)).toEqual([fresh.id]);
    expect(plan.known).toBe(2);
    expect(plan.learners.map((l) => l.id)).toEqual(['binh-2']);
    expect(plan.conflicts).toEqual([
      { kind: 'learner', key: 'an-1', local: 'An Nguyễn', incoming: 'An' },
      { kind: 'judgement', key: 'an-1|nl.tinh-toan', local: 'tot', incoming: 'dat' },
    ]);
    // Importing the same backup again adds nothing.
    const again = planMerge({ ...local, statementIds: new Set([shared.id, fresh.id]), learners: new Map([...local.learners, ['binh-2', learner('binh-2', 'Bình')]]) }, incoming);
    expect([again.statements.length, again.learners.length]).toEqual([0, 0]);
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(toCsv([['Tên', 'Tính toán'], ['An, Bình', '=1+1'], ['"Cú"', 'Tốt']])).toBe('\uFEFFTên,Tính toán\r\n"An, Bình",\'=1+1\r\n"""Cú""",Tốt\r\n');
  });
});

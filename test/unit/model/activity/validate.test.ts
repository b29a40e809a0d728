import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { formatIssue, type Issue } from '../../../../src/model/activity/issues.ts';
import { MAX_SCHEMA_PROBLEMS, validateActivityText } from '../../../../src/model/activity/validate.ts';
import { KINDS } from '../../../../src/model/activity/schema.ts';

const en = createI18n('en').t;
const vi = createI18n('vi').t;

/** A valid activity as text, with `patch` merged in (undefined removes a field). */
function activity(patch: Record<string, unknown> = {}): string {
  const base: Record<string, unknown> = {
    id: 'thu-nghiem',
    kind: 'choice',
    title: { vi: 'Thử', en: 'Try' },
    subject: 'math',
    band: 'lop-1',
    items: [{ prompt: { vi: 'Một cộng một?', en: 'One plus one?' }, options: [{ text: '2', correct: true }, { text: '3' }] }],
  };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete base[k];
    else base[k] = v;
  }
  return JSON.stringify(base, null, 2);
}

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');
const validate = (text: string, resolveMedia?: (r: string) => string | undefined) =>
  validateActivityText(text, { file: 'levels/t.json', ...(resolveMedia && { resolveMedia }) });

describe('validateActivityText', () => {
  it('accepts a valid activity and fills the defaults', () => {
    const r = validate(activity());
    expect(r.issues).toEqual([]);
    expect(r.activity).toMatchObject({ version: 1, maxAttempts: 3, hintAfter: 1, shuffle: true, competencies: [] });
  });

  it('locates a syntax error at its line and column', () => {
    const text = '{\n  "id": "a",\n  "kind": "choice"\n  "title": "x"\n}';
    const r = validate(text);
    expect(r.activity).toBeUndefined();
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ line: 4, column: 3, key: 'syntax', params: { code: 'CommaExpected' } });
    expect(formatIssue(r.issues[0] as Issue, en)).toBe(
      'levels/t.json:4:3  (file)  broken JSON (CommaExpected): check the commas, brackets and quotes around here',
    );
  });

  it('reports a truncated file', () => {
    const r = validate('{ "id": "a", "items": [');
    expect(errors(r.issues).length).toBeGreaterThan(0);
    expect(r.issues.every((i) => i.key === 'syntax')).toBe(true);
  });

  it('says what type was expected and what was found, at the value', () => {
    const text = activity({ maxAttempts: 'ba' });
    const r = validate(text);
    const issue = errors(r.issues)[0] as Issue;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"maxAttempts"')) + 1;
    expect(issue).toMatchObject({ path: 'maxAttempts', line, column: (lines[line - 1] ?? '').indexOf('"ba"') + 1 });
    expect(formatIssue(issue, en)).toBe(`levels/t.json:${line}:${issue.column}  maxAttempts  expected a number, got "ba"`);
    expect(formatIssue(issue, vi)).toContain('cần một số, nhưng có "ba"');
  });

  it('points deep paths at the right option', () => {
    const text = activity({ items: [{ prompt: 'p', options: [{ text: 'a', correct: true }, { text: 'b', correct: 'yes' }] }] });
    const issue = errors(validate(text).issues)[0] as Issue;
    expect(issue.path).toBe('items[0].options[1].correct');
    const lines = text.split('\n');
    expect(lines[issue.line - 1]?.slice(issue.column - 1)).toMatch(/^"yes"/);
  });

  it('names a missing required field at its parent object', () => {
    const r = validate(activity({ title: undefined }));
    expect(errors(r.issues)[0]).toMatchObject({ path: 'title', key: 'missing', line: 1, column: 1, params: { field: 'title' } });
  });

  it('points an unknown field (a typo) at its name', () => {
    const text = activity({ titel: 'x' });
    const issue = errors(validate(text).issues)[0] as Issue;
    expect(issue).toMatchObject({ key: 'unknownField', path: 'titel' });
    expect(text.split('\n')[issue.line - 1]?.slice(issue.column - 1)).toMatch(/^"titel"/);
  });

  it('lists the kinds when the kind is unknown', () => {
    const issue = errors(validate(activity({ kind: 'choise' })).issues)[0] as Issue;
    expect(formatIssue(issue, en)).toMatch(new RegExp(`kind {2}expected one of ${KINDS.map((k) => `"${k}"`).join(', ')}, got "choise"$`));
    expect(KINDS).toContain('choice');
  });

  it('explains a wrong localized text from the branch it was meant for', () => {
    const issue = errors(validate(activity({ title: { vi: 1 } })).issues)[0] as Issue;
    expect(issue).toMatchObject({ path: 'title.vi', key: 'type' });
    const other = errors(validate(activity({ title: 7 })).issues)[0] as Issue;
    expect(other.key).toBe('textOrLangs');
  });

  it('checks bands, competency codes and ids', () => {
    const r = validate(activity({ band: ['lop-9'], competencies: ['Tinh Toan'], id: 'Bài 1' }));
    const keys = errors(r.issues).map((i) => `${i.path}:${i.key}`);
    expect(keys).toEqual(expect.arrayContaining(['band[0]:oneOf', 'competencies[0]:competency.format', 'id:id.format']));
  });

  it('refuses a competency code that no framework has, at its line:column, on the activity and on an item', () => {
    const text = activity({ competencies: ['nl.tinh-toan', 'nl.tu-duy'], items: [{ prompt: 'p', competencies: ['mn.bay-nhay'], options: [{ text: '1', correct: true }, { text: '2' }] }] });
    const found = errors(validate(text).issues);
    expect(found.map((i) => [i.path, i.key, i.params.code])).toEqual([
      ['items[0].competencies[0]', 'competency.unknown', 'mn.bay-nhay'],
      ['competencies[1]', 'competency.unknown', 'nl.tu-duy'],
    ]);
    const first = found[1] as Issue;
    expect(text.split('\n')[first.line - 1]?.slice(first.column - 1)).toMatch(/^"nl\.tu-duy"/);
    expect(formatIssue(first, en)).toContain('there is no competency "nl.tu-duy" in the catalog');
  });

  it('refuses an item without a right answer, with a fix in the message', () => {
    const issue = errors(validate(activity({ items: [{ prompt: 'p', options: [{ text: 'a' }, { text: 'b' }] }] })).issues)[0] as Issue;
    expect(issue.path).toBe('items[0].options');
    expect(formatIssue(issue, en)).toContain('add "correct": true');
  });

  it('warns, without failing, about a missing translation', () => {
    const r = validate(activity({ title: { vi: 'Chỉ tiếng Việt' } }));
    expect(r.activity).toBeDefined();
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'warning', key: 'missingLang', path: 'title', params: { lang: 'en' } })]);
    expect(formatIssue(r.issues[0] as Issue, en)).toContain('(warning) no English (en) text');
  });

  it('checks media exist and resolves them to URLs', () => {
    const text = activity({ icon: 'images/ok.svg', items: [{ prompt: 'p', image: { vi: 'a.svg', en: 'missing.svg' }, options: [{ text: '1', correct: true }, { image: 'b.svg' }] }] });
    const known: Record<string, string> = { 'images/ok.svg': 'images/ok.svg', 'a.svg': 'levels/a.svg', 'b.svg': 'levels/b.svg' };
    const r = validate(text, (ref) => known[ref]);
    expect(errors(r.issues)).toEqual([expect.objectContaining({ key: 'mediaMissing', path: 'items[0].image.en', params: { ref: 'missing.svg' } })]);
    const ok = validate(text.replace('missing.svg', 'a.svg'), (ref) => known[ref]);
    expect(ok.activity?.kind === 'choice' && ok.activity.items[0]?.image).toEqual({ vi: 'levels/a.svg', en: 'levels/a.svg' });
    expect(ok.activity?.icon).toBe('images/ok.svg');
  });

  it('never throws on hostile input', () => {
    for (const text of ['', 'null', '[]', '"x"', '{"__proto__": {"polluted": 1}}', '{"kind": "choice", "items": [[[[[]]]]]}', '\uD800']) {
      const r = validate(text);
      expect(errors(r.issues).length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists the first problems of a file full of them, then one line with how many more', () => {
    const band = Array.from({ length: 300 }, (_, i) => ({ text: String(i) }));
    const r = validate(activity({ band }));
    expect(r.activity).toBeUndefined();
    const listed = errors(r.issues);
    expect(listed).toHaveLength(MAX_SCHEMA_PROBLEMS + 1);
    expect(listed.slice(0, MAX_SCHEMA_PROBLEMS).every((i) => i.key === 'oneOf')).toBe(true);
    const more = listed.at(-1)!;
    expect(more).toMatchObject({ key: 'moreProblems', params: { count: 300 - MAX_SCHEMA_PROBLEMS }, path: `band[${MAX_SCHEMA_PROBLEMS}]` });
    expect(more.line).toBeGreaterThan(listed[0]!.line);
    expect(formatIssue(more, en)).toContain(`and ${300 - MAX_SCHEMA_PROBLEMS} more problems`);
    expect(formatIssue(more, vi)).toContain(`và ${300 - MAX_SCHEMA_PROBLEMS} lỗi nữa`);
  });
});

describe('a missing kind', () => {
  it('is named as missing, not as a wrong value', () => {
    const issue = errors(validate(activity({ kind: undefined })).issues)[0] as Issue;
    expect(issue).toMatchObject({ path: 'kind', key: 'missing', params: { field: 'kind' } });
  });
});

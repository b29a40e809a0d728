import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../src/i18n/index.ts';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const has = (lang: 'vi' | 'en', key: string) => keys(catalogs[lang]).includes(key);

describe('i18n catalogs', () => {
  it('have the same keys in vi and en, none empty', () => {
    expect(keys(catalogs.en).sort()).toEqual(keys(catalogs.vi).sort());
    for (const lang of ['vi', 'en'] as const) {
      for (const k of keys(catalogs[lang])) expect(k && (k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], catalogs[lang]) as string).trim()).not.toBe('');
    }
  });

  it('translate every message key the schemas and the kinds\' checks can raise', () => {
    // `error:` in a schema field, `message:` in a kind's check (ctx.issues.push): both are keys of validation.*.
    const raised = sources('src/model').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\b(?:error|message): '([a-zA-Z.]+)'/g)].map((m) => m[1]!));
    expect(raised.length).toBeGreaterThan(3);
    expect(raised).toEqual(expect.arrayContaining(['math.itemsOrGenerate', 'trace.noStrokes', 'sequence.tie']));
    for (const key of raised) {
      expect(has('vi', `validation.${key}`), key).toBe(true);
      expect(has('en', `validation.${key}`), key).toBe(true);
    }
  });

  it('name every reason a backup is refused', () => {
    const raised = [...readFileSync('src/model/evidence/backup.ts', 'utf8').matchAll(/key: '(\w+)'/g)].map((m) => m[1]!);
    expect(raised.length).toBeGreaterThan(4);
    for (const key of raised) expect(has('vi', `teacher.data.reasons.${key}`) && has('en', `teacher.data.reasons.${key}`), key).toBe(true);
  });

  it('translate every message key the validator raises', () => {
    const raised = [...sources('src/model/activity'), ...sources('src/build')].flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/key: '([a-zA-Z.]+)'|issueAt\('\w+', \w+, '([a-zA-Z.]+)'/g)].map((m) => (m[1] ?? m[2])!));
    expect(raised).toEqual(expect.arrayContaining(['syntax', 'missing', 'type', 'mediaMissing', 'missingLang', 'duplicateId']));
    for (const key of raised) expect(has('en', `validation.${key}`), key).toBe(true);
  });
});

/**
 * The player's own words live in the catalogs. A string literal in the code that reads like
 * words for people (Vietnamese letters, or an English phrase) is a word left out of them.
 * The few that belong in code say why here.
 */
const ALLOWED: Record<string, string> = {
  'Tiếng Việt': 'a language is named in its own language on the language switch',
  'Aa ẮẰẲẴẶ Ểễ Ỗộ ưƯ đĐ': 'the font probe: loads the glyphs, never shown',
  '|ỄỖẬÉgyq': "Phaser's line-height probe, never shown",
  'Bé ${i + 1}': 'a name given once to a learner found in old records: data on the roster, which the teacher renames',
};
const PLAYER_CODE = ['src/ui', 'src/engine', 'src/audio', 'src/store', 'src/main.ts'];

/** String literals of a TypeScript source, comments removed (enough for our code: no regex literals with quotes). */
function literals(source: string): string[] {
  const out: string[] = [];
  const re = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g;
  for (const m of source.matchAll(re)) if (!m[0].startsWith('/')) out.push(m[0].slice(1, -1));
  return out;
}

const looksLikeWords = (s: string) => {
  const text = s.replace(/\$\{[^}]*\}/g, ' ').trim();
  return /(?=\p{L})[À-ỹ]/u.test(text) || /^[A-Z][a-z]+(?:[ ,'][a-zA-Z,']+){2,}[.!?…]?$/.test(text);
};

describe('the player speaks only through its catalogs', () => {
  it('has no words for people as string literals in its code', () => {
    const files = PLAYER_CODE.flatMap((p) => (p.endsWith('.ts') ? [p] : sources(p)));
    expect(files.length).toBeGreaterThan(30);
    const stray = files.flatMap((f) => literals(readFileSync(f, 'utf8')).filter((s) => looksLikeWords(s) && !(s in ALLOWED)).map((s) => `${f}: ${s}`));
    expect(stray).toEqual([]);
  });

  it('finds such a word when there is one (the check can fail)', () => {
    expect(literals(`el.textContent = 'Chọn một hoạt động'; // a comment 'Tô màu'`).filter(looksLikeWords)).toEqual(['Chọn một hoạt động']);
    expect(literals('b.title = "Press the green button";').filter(looksLikeWords)).toEqual(['Press the green button']);
    expect(literals("h('div', { class: 'menu-bar tiles' }); t('play.home')").filter(looksLikeWords)).toEqual([]);
  });

  it('uses only keys the catalogs have', () => {
    const files = PLAYER_CODE.flatMap((p) => (p.endsWith('.ts') ? [p] : sources(p)));
    const used = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('([a-zA-Z][\w.]*)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((k) => !has('vi', k) && !has('vi', `${k}_one`))).toEqual([]);
  });
});

describe('one tone-mark style in the player\'s own words', () => {
  it('puts the mark on the main vowel of oa, oe, uy as the 2018 textbooks do (Xoá, Khoá, never Xóa, Khóa)', async () => {
    const { vi } = await import('../../../src/i18n/vi.ts');
    const words = JSON.stringify(vi).normalize('NFC').match(/\p{L}+/gu) ?? [];
    // An old-style word: o or u carrying the mark, then a, e or y ending the syllable (hòa, khỏe, thủy).
    const old = words.filter((w) => /(ò|ó|ỏ|õ|ọ)[ae]$|(ù|ú|ủ|ũ|ụ)y$/iu.test(w));
    expect(old).toEqual([]);
  });
});

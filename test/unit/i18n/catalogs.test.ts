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

  it('translate every message key the schemas can raise', () => {
    const raised = sources('src/model').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/error: '([a-zA-Z.]+)'/g)].map((m) => m[1]!));
    expect(raised.length).toBeGreaterThan(3);
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

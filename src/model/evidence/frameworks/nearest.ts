import type { Competency } from './framework.ts';

/** Lower case, no tone or other marks, đ as d: "Năng lực tính toán" → "nang luc tinh toan". */
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
const words = (s: string) => plain(s).split(/[^a-z0-9]+/).filter(Boolean);

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * The codes a teacher most likely meant by an unknown one, best first. A code is read as
 * words ("nl.toan-hoc": toan, hoc) and matched against each competency's code and names
 * (Vietnamese without marks, and English), rarer words weighing more: "toan" is found in
 * "Năng lực tính toán" only, "hoc" in many. Spelling slips ("nl.tinh-toam") are caught by the
 * edit distance between the codes.
 */
export function nearestCompetencies(code: string, catalog: Iterable<Competency>, n = 3): string[] {
  const list = [...catalog];
  const bags = list.map((c) => new Set([...words(c.code), ...words(c.name.vi), ...words(c.name.en)]));
  const df = new Map<string, number>();
  for (const bag of bags) for (const w of bag) df.set(w, (df.get(w) ?? 0) + 1);
  const asked = words(code);
  const prefix = code.split('.')[0] ?? '';
  const scored = list.map((c, i) => {
    const bag = bags[i] ?? new Set<string>();
    // A word counts when the names have it, or a longer word it begins ("math" in "mathematics").
    const match = (w: string) => (bag.has(w) ? w : w.length >= 4 ? [...bag].find((b) => b.startsWith(w)) : undefined);
    const shared = asked.reduce((s, w) => {
      const m = w === prefix ? undefined : match(w);
      return s + (m ? Math.log(1 + list.length / (df.get(m) ?? 1)) : 0);
    }, 0);
    const spelling = 1 - distance(code, c.code) / Math.max(code.length, c.code.length);
    const family = c.code.startsWith(`${prefix}.`) ? 0.5 : 0;
    return { code: c.code, score: shared + 2 * spelling + family };
  });
  return scored.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code)).slice(0, n).map((s) => s.code);
}

import { codeSchooling } from '../evidence/stage-report.ts';
import { schoolingOf, type Schooling } from '../learners/stage.ts';
import { normalizeVi, splitSyllable } from '../vi/syllable.ts';
import type { JsonPath } from './media-refs.ts';
import { pick } from './lang.ts';
import type { Activity } from './schema.ts';
import { bandsOf } from './terms.ts';

/** A doubt about a valid activity, told to the teacher as a warning (it still plays). */
export interface ContentWarning {
  path: JsonPath;
  key: string;
  params: Record<string, string | number>;
}

/**
 * What the schema cannot say but a principal would notice: codes that miss one of the stages
 * the bands span (a child's evidence would count toward nothing), codes of a stage the bands
 * leave out, a wrong card equal to the right one (it would be dropped, so fewer cards show),
 * "qui"/"quí" where schools write quy/quý.
 */
export function activityWarnings(a: Activity): ContentWarning[] {
  return [...stageWarnings(a), ...distractorWarnings(a), ...spellingWarnings(a)];
}

function stageWarnings(a: Activity): ContentWarning[] {
  const out: ContentWarning[] = [];
  const stages = new Set(bandsOf(a).map(schoolingOf));
  const codes = [...a.competencies, ...('items' in a && Array.isArray(a.items) ? a.items.flatMap((it: object) => ('competencies' in it && Array.isArray(it.competencies) ? (it.competencies as string[]) : [])) : [])];
  const covered = new Set(codes.map(codeSchooling).filter((s): s is Schooling => s !== undefined));
  if (codes.length === 0) return out;
  for (const s of stages) {
    if (!covered.has(s)) out.push({ path: ['competencies'], key: 'stage.uncovered', params: { stage: s, bands: bandsOf(a).join(', ') } });
  }
  a.competencies.forEach((code, i) => {
    const s = codeSchooling(code);
    if (s && !stages.has(s)) out.push({ path: ['competencies', i], key: 'stage.outside', params: { code, stage: s } });
  });
  return out;
}

function distractorWarnings(a: Activity): ContentWarning[] {
  const out: ContentWarning[] = [];
  if (a.kind === 'syllable') {
    a.items.forEach((it, i) => {
      const target = splitSyllable(it.syllable);
      if (!target) return;
      const lists = { onsets: [it.onsets, target.onset], rhymes: [it.rhymes, target.rhyme], tones: [it.tones, target.tone] } as const;
      for (const [field, [list, right]] of Object.entries(lists)) {
        (list ?? []).forEach((x, j) => {
          if (normalizeVi(x) === normalizeVi(right)) out.push({ path: ['items', i, field, j], key: 'distractorIsAnswer', params: { text: x } });
        });
      }
    });
  }
  if (a.kind === 'words') {
    a.items.forEach((it, i) => {
      if (!it.extra) return;
      const answers = it.type === 'spell' ? [it.word] : it.type === 'blank' ? [it.answer] : [it.sentence];
      const byLang = Array.isArray(it.extra) ? { vi: it.extra, en: it.extra } : it.extra;
      for (const lang of Array.isArray(it.extra) ? (['vi'] as const) : (['vi', 'en'] as const)) {
        const extra = byLang[lang] ?? [];
        // The cards a sentence is cut into carry no end punctuation ("học." is the card "học").
        const right = new Set(answers.flatMap((x) => pick(x, lang).normalize('NFC').trim().replace(/[.!?…,;:]+$/u, '').split(/\s+/)));
        extra.forEach((x, j) => {
          if (it.type !== 'spell' || it.by === 'syllable' ? right.has(x.normalize('NFC')) : false) out.push({ path: ['items', i, 'extra', ...(Array.isArray(it.extra) ? [] : [lang]), j], key: 'distractorIsAnswer', params: { text: x } });
        });
      }
    });
  }
  return out;
}

function spellingWarnings(a: Activity): ContentWarning[] {
  if (a.kind !== 'syllable') return [];
  const out: ContentWarning[] = [];
  a.items.forEach((it, i) => {
    const s = splitSyllable(it.syllable);
    if (s?.onset === 'qu' && s.rhyme === 'i') out.push({ path: ['items', i, 'syllable'], key: 'syllable.qui', params: { text: it.syllable, right: normalizeVi(it.syllable).replace('i', 'y').replace('í', 'ý').replace('ì', 'ỳ').replace('ỉ', 'ỷ').replace('ĩ', 'ỹ').replace('ị', 'ỵ') } });
  });
  return out;
}

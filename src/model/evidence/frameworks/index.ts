import type { Competency, Framework } from './framework.ts';
import { GDPT_2018 } from './gdpt-2018.ts';
import { CHUAN_5_TUOI, MAM_NON } from './mam-non.ts';

/** The frameworks this player knows. A school that uses another adds its data file here. */
export const FRAMEWORKS: Framework[] = [GDPT_2018, MAM_NON, CHUAN_5_TUOI];

export const COMPETENCIES: ReadonlyMap<string, Competency> = new Map(
  FRAMEWORKS.flatMap((f) => f.groups.flatMap((g) => g.competencies.map((c) => [c.code, c] as const))),
);

export const isKnownCompetency = (code: string) => COMPETENCIES.has(code);

const FRAMEWORK_OF: ReadonlyMap<string, Framework> = new Map(FRAMEWORKS.flatMap((f) => f.groups.flatMap((g) => g.competencies.map((c) => [c.code, f] as const))));
const GROUP_ID_OF: ReadonlyMap<string, string> = new Map(FRAMEWORKS.flatMap((f) => f.groups.flatMap((g) => g.competencies.map((c) => [c.code, g.id] as const))));

/** The framework a code belongs to (undefined for an unknown code). */
export const frameworkOf = (code: string) => FRAMEWORK_OF.get(code);

/**
 * Whether the software may propose a level for this code: the groups a framework lists as
 * proposed (năng lực chung and đặc thù of CT GDPT 2018). Phẩm chất never; early-years codes never.
 */
export function isProposed(code: string): boolean {
  const f = FRAMEWORK_OF.get(code);
  return f?.proposed?.includes(GROUP_ID_OF.get(code) ?? '') === true;
}

/** A phẩm chất (pc.*): judged by the teacher from behaviour, never carried by an activity. */
export const isQuality = (code: string) => GROUP_ID_OF.get(code) === 'pc';

/** The codes of one stage's frameworks, in catalog order. */
export const codesOfStage = (stage: Framework['stage']) => FRAMEWORKS.filter((f) => f.stage === stage).flatMap((f) => f.groups.flatMap((g) => g.competencies.map((c) => c.code)));

/** The group each code belongs to ("Năng lực đặc thù"), so a bare name ("Tính toán") can be read in its place. */
export const GROUP_OF: ReadonlyMap<string, { vi: string; en: string }> = new Map(
  FRAMEWORKS.flatMap((f) => f.groups.flatMap((g) => g.competencies.map((c) => [c.code, g.name] as const))),
);

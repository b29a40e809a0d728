import type { Competency, Framework } from './framework.ts';
import { GDPT_2018 } from './gdpt-2018.ts';
import { CHUAN_5_TUOI, MAM_NON } from './mam-non.ts';

/** The frameworks this player knows. A school that uses another adds its data file here. */
export const FRAMEWORKS: Framework[] = [GDPT_2018, MAM_NON, CHUAN_5_TUOI];

export const COMPETENCIES: ReadonlyMap<string, Competency> = new Map(
  FRAMEWORKS.flatMap((f) => f.groups.flatMap((g) => g.competencies.map((c) => [c.code, c] as const))),
);

export const isKnownCompetency = (code: string) => COMPETENCIES.has(code);

/** The group each code belongs to ("Năng lực đặc thù"), so a bare name ("Tính toán") can be read in its place. */
export const GROUP_OF: ReadonlyMap<string, { vi: string; en: string }> = new Map(
  FRAMEWORKS.flatMap((f) => f.groups.flatMap((g) => g.competencies.map((c) => [c.code, g.name] as const))),
);

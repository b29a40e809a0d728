/**
 * A competency framework as data: groups of competencies, each with a stable code and its
 * names. A school loads the frameworks it uses; codes are what activities and evidence carry.
 */
export interface Competency {
  code: string;
  name: { vi: string; en: string };
}

export interface CompetencyGroup {
  id: string;
  name: { vi: string; en: string };
  competencies: Competency[];
}

export interface Framework {
  id: string;
  name: { vi: string; en: string };
  /** The legal text it comes from. */
  source: string;
  groups: CompetencyGroup[];
}

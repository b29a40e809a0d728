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
  /** Whose evidence counts toward it: preschool children's or primary pupils' (never both). */
  stage: 'mam-non' | 'tieu-hoc';
  /**
   * Groups the software may propose a level for. Phẩm chất are judged by the teacher from
   * behaviour, never from answers: their group is not here, and no activity may carry them.
   */
  proposed?: string[];
  groups: CompetencyGroup[];
}

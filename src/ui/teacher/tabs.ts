/** The panels of the teacher's area, as they appear in its address (#/teacher/roster). */
export const TABS = ['dashboard', 'roster', 'activities', 'data', 'sync', 'settings', 'library'] as const;
export type Tab = (typeof TABS)[number];

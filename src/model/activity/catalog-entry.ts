import type { Issue } from './issues.ts';
import type { LocalizedText } from './lang.ts';
import type { Band, Subject } from './terms.ts';

/**
 * One file of the library as the menu shows it: enough to draw its tile (or its card of
 * errors) without loading the activity. The build writes these; the player reads them.
 */
export interface CatalogEntry {
  file: string;
  id?: string;
  kind?: string;
  title?: LocalizedText;
  subject?: Subject;
  bands: Band[];
  icon?: string;
  issues: Issue[];
}

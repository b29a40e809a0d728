/**
 * The smallest valid activity of a kind, as `npm run new` writes it: every text says what
 * belongs there, so the file explains itself without comments (JSON has none). Each kind's
 * folder holds its own; a test validates each one; the guide (docs/authoring.md) shows the same shapes.
 */
export interface KindTemplate {
  subject: string;
  band: string;
  competencies: string[];
  /** The kind's own fields (everything after the common envelope). */
  body: Record<string, unknown>;
}

/** A text in both languages of the player. */
export const say = (vi: string, en: string) => ({ vi, en });

/**
 * A lesson is told from an activity by what it says it is, wherever the file lies: its
 * `$schema` names the lessons' schema ("…/lesson.schema.json"), or, without one, it has the
 * shape of a lesson (a list of `steps` and no `kind`). An activity names its own schema or
 * has a `kind`. The folder it sits in (levels/lessons/ or a teacher's own) decides nothing.
 */
export function isLessonValue(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.$schema === 'string') {
    if (/lesson\.schema\.json$/i.test(v.$schema)) return true;
    if (/activity\.schema\.json$/i.test(v.$schema)) return false;
  }
  return v.kind === undefined && Array.isArray(v.steps);
}

/** The same test on a file's text; a text that is no JSON is no lesson (it is reported as an activity's syntax error). */
export function isLessonText(text: string): boolean {
  try {
    return isLessonValue(JSON.parse(text));
  } catch {
    return false;
  }
}

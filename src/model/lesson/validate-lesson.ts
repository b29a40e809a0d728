import { formatPath, hasErrors, type Issue } from '../activity/issues.ts';
import { parseLocated } from '../activity/json-location.ts';
import { validateJsonText, type ValidateOptions } from '../activity/validate.ts';
import { lessonSchema, type Lesson } from './lesson-schema.ts';

/**
 * A lesson's text, checked as `npm run validate` and the teacher's *Open an activity file…*
 * both check it: the lessons' schema, then every step must name an activity that is there
 * (the library's, or one opened or validated with the lesson).
 */
export function validateLessonText(text: string, opts: ValidateOptions, activityIds: ReadonlySet<string>): { lesson?: Lesson; issues: Issue[] } {
  const { value, issues } = validateJsonText(text, opts, lessonSchema);
  if (!value) return { issues };
  const json = parseLocated(text);
  value.steps.forEach((step, i) => {
    if (activityIds.has(step.activity)) return;
    const at = ['steps', i, 'activity'];
    issues.push({ severity: 'error', file: opts.file, ...json.locate(at), path: formatPath(at), key: 'lesson.unknownActivity', params: { id: step.activity } });
  });
  return hasErrors(issues) ? { issues } : { lesson: value, issues };
}

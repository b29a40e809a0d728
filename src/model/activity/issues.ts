/**
 * A problem found in an activity file, located for the teacher. The message is a key of
 * the i18n catalog (`validation.*`) with its parameters, so that the CLI, the build and the
 * player's error card say the same sentence in either language.
 */
export interface Issue {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  /** JSON path as a teacher reads it: `items[2].options[0].text`. Empty for the whole file. */
  path: string;
  key: string;
  params: Record<string, string | number>;
}

type Translate = (key: string, params: Record<string, string | number>) => string;

/** `levels/math/dem-so.json:14:9  items[2].answer  expected a number, got "ba"` */
export function formatIssue(issue: Issue, t: Translate): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const tag = issue.severity === 'warning' ? `${t('validation.warningTag', {})} ` : '';
  return `${where}  ${issue.path || '(file)'}  ${tag}${t(`validation.${issue.key}`, issue.params)}`;
}

/** `items[2].options[0]` from ['items', 2, 'options', 0]. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(p) ? (out ? `.${p}` : p) : `[${JSON.stringify(p)}]`;
  }
  return out;
}

export const hasErrors = (issues: readonly Issue[]) => issues.some((i) => i.severity === 'error');

import { type Issue, formatPath } from './issues.ts';
import { MAX_DEPTH, parseLocated, type LocatedJson } from './json-location.ts';
import { LANGS } from './lang.ts';
import { eachProperty, type JsonPath } from './media-refs.ts';
import type { z } from 'zod';
import { MEDIA_KEYS } from './media-refs.ts';
import { activitySchema, type Activity } from './schema.ts';
import { schemaProblems } from './zod-issues.ts';
import { activityWarnings, type ContentWarning } from './content-checks.ts';

export interface ValidateOptions {
  /** The file name shown in messages, relative to the project ("levels/math/dem-so.json"). */
  file: string;
  /**
   * Resolves a media reference to the URL the player loads, or undefined when no such file
   * exists. Without it, media are not checked (the player's own preview of a lone file).
   */
  resolveMedia?: (ref: string) => string | undefined;
}

export interface Validated {
  /** The activity with defaults filled in and media resolved; absent when there is any error. */
  activity?: Activity;
  issues: Issue[];
}

/**
 * Schema problems located and listed one by one; past that, one line says how many more.
 * A file with a 20 000-element list pasted in the wrong place would otherwise list 20 000
 * lines nobody reads, and locating each one is most of the validator's time.
 */
export const MAX_SCHEMA_PROBLEMS = 50;

/** Validate the text of one activity file: syntax, schema, media, translations. Never throws. */
export function validateActivityText(text: string, opts: ValidateOptions): Validated {
  const { value, issues } = validateJsonText(text, opts, activitySchema, activityWarnings);
  return value ? { activity: value, issues } : { issues };
}

/** The same checks against any of our formats (an activity, a lesson): the value when valid. */
export function validateJsonText<S extends z.ZodType>(text: string, opts: ValidateOptions, schema: S, warnings?: (value: z.output<S>) => ContentWarning[]): { value?: z.output<S>; issues: Issue[] } {
  const json = parseLocated(text);
  const issueAt = (severity: Issue['severity'], path: JsonPath, key: string, params: Issue['params'], atKey = false): Issue => ({
    severity,
    file: opts.file,
    ...json.locate(path, { key: atKey }),
    path: formatPath(path),
    key,
    params,
  });

  if (json.tooDeepAt !== undefined) {
    return { issues: [{ severity: 'error', file: opts.file, ...json.position(json.tooDeepAt), path: '', key: 'tooDeep', params: { max: MAX_DEPTH } }] };
  }
  if (json.syntaxErrors.length > 0) {
    return {
      issues: json.syntaxErrors.map((e) => ({
        severity: 'error',
        file: opts.file,
        ...json.position(e.offset),
        path: '',
        key: 'syntax',
        params: { code: e.code },
      })),
    };
  }

  const issues: Issue[] = [];
  const resolved = resolveMedia(json, opts, (path, ref) => issues.push(issueAt('error', path, 'mediaMissing', { ref })));
  for (const { path, lang } of missingTranslations(json.value)) issues.push(issueAt('warning', path, 'missingLang', { lang }));

  const parsed = schema.safeParse(resolved, { reportInput: true });
  if (!parsed.success) {
    const problems = schemaProblems(parsed.error.issues);
    for (const p of problems.slice(0, MAX_SCHEMA_PROBLEMS)) issues.push(issueAt('error', p.path, p.key, p.params, p.atKey));
    const more = problems[MAX_SCHEMA_PROBLEMS];
    if (more) issues.push(issueAt('error', more.path, 'moreProblems', { count: problems.length - MAX_SCHEMA_PROBLEMS }, more.atKey));
  } else if (warnings) {
    for (const w of warnings(parsed.data)) issues.push(issueAt('warning', w.path, w.key, w.params));
  }
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  const ok = parsed.success && !issues.some((i) => i.severity === 'error');
  return ok ? { value: parsed.data, issues } : { issues };
}

/** A copy of the value with media references replaced by their URLs; reports the missing ones. */
function resolveMedia(json: LocatedJson, opts: ValidateOptions, missing: (path: JsonPath, ref: string) => void): unknown {
  const resolve = opts.resolveMedia;
  if (!resolve) return json.value;
  const copy = structuredClone(json.value);
  const fix = (holder: Record<string, unknown>, key: string, path: JsonPath) => {
    const ref = holder[key];
    if (typeof ref !== 'string' || ref.trim() === '') return;
    const url = resolve(ref);
    if (url === undefined) missing(path, ref);
    else holder[key] = url;
  };
  eachProperty(copy, [], (holder, key, path) => {
    if (!MEDIA_KEYS.has(key)) return;
    const v = holder[key];
    if (typeof v === 'string') fix(holder, key, path);
    else if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const l of LANGS) fix(v as Record<string, unknown>, l, [...path, l]);
    }
  });
  return copy;
}

/** Per-language objects ({ "vi": … } without "en", say) that the player would have to fall back from. */
function missingTranslations(value: unknown): { path: JsonPath; lang: string }[] {
  const out: { path: JsonPath; lang: string }[] = [];
  eachProperty(value, [], (holder, key, path) => {
    const v = holder[key];
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return;
    const keys = Object.keys(v);
    const isPerLang = keys.length > 0 && keys.every((k) => (LANGS as readonly string[]).includes(k));
    if (!isPerLang) return;
    for (const l of LANGS) if (!(l in v)) out.push({ path, lang: l });
  });
  return out;
}

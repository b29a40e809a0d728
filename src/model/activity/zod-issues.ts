import type { z } from 'zod';
import type { JsonPath } from './json-location.ts';

/** One schema problem in our own words: an i18n key under `validation.` and its parameters. */
export interface SchemaProblem {
  path: JsonPath;
  key: string;
  params: Record<string, string | number>;
  /** Locate at the property name rather than its value (unknown fields). */
  atKey?: boolean;
}

type ZodIssue = z.core.$ZodIssue;

/** A short, language-neutral picture of a value a teacher wrote: "ba", 3, true, […], {…}. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}…` : v);
  if (Array.isArray(v)) return '[…]';
  if (v !== null && typeof v === 'object') return '{…}';
  return String(v);
}

/** Our own message keys are passed through zod as the issue message (`{ error: 'id.format' }`). */
const OWN_KEY = /^[a-z]+(\.[a-zA-Z]+)+$/;

function toPath(path: readonly PropertyKey[]): JsonPath {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

/**
 * Turn zod's issues into problems a teacher can act on. A union (a localized text, say)
 * reports the branch that matched the value's type, so "{ vi: 1 }" says "vi: expected
 * text", not "expected a string or an object".
 */
export function schemaProblems(issues: readonly ZodIssue[], prefix: JsonPath = []): SchemaProblem[] {
  return issues.flatMap((issue) => one(issue, [...prefix, ...toPath(issue.path)]));
}

function one(issue: ZodIssue, path: JsonPath): SchemaProblem[] {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [{ path, key: 'missing', params: { field: String(path.at(-1) ?? '') } }];
      return [{ path, key: 'type', params: { expected: issue.expected, got: describeValue(issue.input) } }];
    case 'too_small':
      if (issue.origin === 'array') return [{ path, key: 'tooFew', params: { min: Number(issue.minimum) } }];
      if (issue.origin === 'string') return [{ path, key: 'emptyText', params: {} }];
      return [{ path, key: 'tooSmall', params: { min: Number(issue.minimum), got: describeValue(issue.input) } }];
    case 'too_big':
      if (issue.origin === 'array') return [{ path, key: 'tooMany', params: { max: Number(issue.maximum) } }];
      if (issue.origin === 'string') return [{ path, key: 'tooLong', params: { max: Number(issue.maximum) } }];
      return [{ path, key: 'tooBig', params: { max: Number(issue.maximum), got: describeValue(issue.input) } }];
    case 'invalid_value':
      return [{ path, key: 'oneOf', params: { values: issue.values.map((v) => JSON.stringify(v)).join(', '), got: describeValue(issue.input) } }];
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({ path: [...path, k], key: 'unknownField', params: { field: k }, atKey: true }));
    case 'invalid_union': {
      if (issue.input === undefined) return [{ path, key: 'missing', params: { field: String(path.at(-1) ?? '') } }];
      if (issue.discriminator !== undefined) {
        const at = path.at(-1) === issue.discriminator ? path : [...path, issue.discriminator];
        const value = pickKey(issue.input, issue.discriminator);
        if (value === undefined) return [{ path: at, key: 'missing', params: { field: issue.discriminator } }];
        const options: readonly unknown[] = ('options' in issue && issue.options) || [];
        const values = options.map((v) => JSON.stringify(v)).join(', ');
        return [{ path: at, key: 'oneOf', params: { values, got: describeValue(value) } }];
      }
      return unionProblems(issue, path);
    }
    default:
      if (OWN_KEY.test(issue.message)) return [{ path, key: issue.message, params: ownParams(issue) }];
      return [{ path, key: 'invalid', params: { detail: issue.message } }];
  }
}

/**
 * A union reports the branch the value was meant for: first one whose complaints are all
 * inside the value (`{ "vi": 1 }` → "vi: expected a text"), then one that at least took the
 * value's type ("lop-9" → "expected one of …"); failing both, the forms it accepts.
 */
function unionProblems(issue: z.core.$ZodIssueInvalidUnion, path: JsonPath): SchemaProblem[] {
  const atRoot = (e: ZodIssue) => e.path.length === 0;
  const inside = issue.errors.filter((branch) => !branch.some(atRoot));
  if (inside.length === 1 && inside[0]) return schemaProblems(inside[0], path);
  const typed = issue.errors.filter((branch) => !branch.some((e) => atRoot(e) && e.code === 'invalid_type'));
  if (typed.length === 1 && typed[0]) return schemaProblems(typed[0], path);
  const expected = issue.errors.flatMap((b) => b.flatMap((e) => (atRoot(e) && e.code === 'invalid_type' ? [e.expected] : [])));
  const got = describeValue(issue.input);
  if (expected.includes('string') && expected.includes('object')) return [{ path, key: 'textOrLangs', params: { got } }];
  return [{ path, key: 'typeEither', params: { a: expected[0] ?? 'string', b: expected[1] ?? 'array', got } }];
}

/** Parameters our own checks attach to their issues (`params: { code }`), strings and numbers only. */
function ownParams(issue: ZodIssue): Record<string, string | number> {
  const params = 'params' in issue && issue.params && typeof issue.params === 'object' ? (issue.params as Record<string, unknown>) : {};
  return Object.fromEntries(Object.entries(params).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));
}

function pickKey(input: unknown, key: string): unknown {
  return input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined;
}

import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

import type { JsonPath } from './media-refs.ts';
export type { JsonPath };

/** A parsed JSON text that can say where any path sits in the text. */
export interface LocatedJson {
  value: unknown;
  /** Syntax errors: code name and offset. Empty when the text is valid JSON. */
  syntaxErrors: { code: string; offset: number }[];
  /** Where the nesting goes deeper than any activity needs (the text is then not parsed at all). */
  tooDeepAt?: number;
  /** 1-based line and column of the value at `path`, or of its nearest existing ancestor. */
  locate(path: JsonPath, opts?: { key?: boolean }): { line: number; column: number };
  position(offset: number): { line: number; column: number };
}

/** Deeper than any activity or lesson (they nest about ten levels); the parser recurses, so it is never asked. */
export const MAX_DEPTH = 100;

/** The offset where brackets (outside strings) first nest deeper than `max`, if they do. */
function tooDeep(text: string, max: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}

export function parseLocated(text: string): LocatedJson {
  const errors: ParseError[] = [];
  const deepAt = tooDeep(text, MAX_DEPTH);
  const root = deepAt === undefined ? parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false }) : undefined;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);

  function position(offset: number) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  }

  function locate(path: JsonPath, opts: { key?: boolean } = {}) {
    if (!root) return position(0);
    for (let n = path.length; n >= 0; n--) {
      const node: Node | undefined = findNodeAtLocation(root, path.slice(0, n));
      if (!node) continue;
      // Point at the property name for a whole property ("unknown field"), else at the value.
      const keyNode = opts.key && n === path.length && node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      return position((keyNode ?? node).offset);
    }
    return position(root.offset);
  }

  const syntaxErrors = errors.map((e) => ({ code: printParseErrorCode(e.error), offset: e.offset }));
  if (deepAt !== undefined) return { value: undefined, syntaxErrors: [], tooDeepAt: deepAt, locate, position };
  let value: unknown;
  if (syntaxErrors.length === 0) value = JSON.parse(text) as unknown;
  return { value, syntaxErrors, locate, position };
}

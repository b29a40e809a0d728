import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

import type { JsonPath } from './media-refs.ts';
export type { JsonPath };

/** A parsed JSON text that can say where any path sits in the text. */
export interface LocatedJson {
  value: unknown;
  /** Syntax errors: code name and offset. Empty when the text is valid JSON. */
  syntaxErrors: { code: string; offset: number }[];
  /** 1-based line and column of the value at `path`, or of its nearest existing ancestor. */
  locate(path: JsonPath, opts?: { key?: boolean }): { line: number; column: number };
  position(offset: number): { line: number; column: number };
}

export function parseLocated(text: string): LocatedJson {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
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
  let value: unknown;
  if (syntaxErrors.length === 0) value = JSON.parse(text) as unknown;
  return { value, syntaxErrors, locate, position };
}

import type { Localized } from '../activity/lang.ts';
import type { Activity, ActivityKind } from '../activity/schema.ts';
import { KIND_DEFINITIONS } from './index.ts';

type AnyDefinition = (typeof KIND_DEFINITIONS)[number];
export type DefinitionOf<K extends ActivityKind> = Extract<AnyDefinition, { kind: K }>;

const BY_KIND = new Map<string, AnyDefinition>(KIND_DEFINITIONS.map((d) => [d.kind, d]));

/** The definition of one kind, from the registry. */
export function definitionOf<K extends ActivityKind>(kind: K): DefinitionOf<K> {
  const d = BY_KIND.get(kind);
  if (!d) throw new Error(`no kind ${kind}`);
  return d as DefinitionOf<K>;
}

/** What each item of an activity is called (its question, its card), in evidence order. */
export function itemLabels(a: Activity): Localized[] {
  // TypeScript cannot tie `a.kind` to the matching definition's parameter (a correlated union): the registry does.
  const labels = definitionOf(a.kind).labels as (a: Activity) => Localized[];
  return labels(a);
}

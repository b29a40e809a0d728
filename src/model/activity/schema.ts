import { z } from 'zod';
import { KIND_DEFINITIONS } from '../kinds/index.ts';

/** The kinds' schemas as a tuple, in the registry's order (what `z.discriminatedUnion` needs to infer the union). */
type SchemasOf<T extends readonly unknown[]> = { -readonly [I in keyof T]: T[I] extends { schema: infer S } ? S : never };
type KindSchemas = SchemasOf<typeof KIND_DEFINITIONS>;

/**
 * The activity format, version 1: one discriminated union over `kind`, built from the kinds'
 * registry (model/kinds/index.ts). The TypeScript types, the runtime validation and the
 * committed JSON Schema all come from this one source.
 */
export const activitySchema = z.discriminatedUnion('kind', KIND_DEFINITIONS.map((d) => d.schema) as KindSchemas);

export type Activity = z.infer<typeof activitySchema>;
export type ActivityKind = Activity['kind'];
export const KINDS: ActivityKind[] = KIND_DEFINITIONS.map((d) => d.kind);

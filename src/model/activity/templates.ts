import { definitionOf } from '../kinds/lookup.ts';
import { say } from '../kinds/template.ts';
import type { ActivityKind } from './schema.ts';

/** A new activity's JSON: the common envelope, then the kind's template (model/kinds/<kind>/template.ts). */
type Body = Record<string, unknown>;

/** A new activity file of `kind` with this `id`, `$schema` pointing at the schema from its folder. */
export function activityTemplate(kind: ActivityKind, id: string, schemaPath: string): Body {
  const { subject, band, competencies, body } = definitionOf(kind).template;
  return {
    $schema: schemaPath,
    id,
    version: 1,
    kind,
    title: say('Tên hoạt động', 'Name of the activity'),
    instructions: say('Câu hướng dẫn bé nghe khi bắt đầu.', 'What the child hears at the start.'),
    subject,
    band,
    competencies,
    ...body,
  };
}

/** A file as `npm run new` writes it: two-space JSON, a newline at the end. */
export const templateText = (kind: ActivityKind, id: string, schemaPath: string) => `${JSON.stringify(activityTemplate(kind, id, schemaPath), null, 2)}\n`;

import { z } from 'zod';
import { ANIMALS, AVATAR_COLORS, validName, type Learner } from '../learners/learner.ts';
import { judgementKey, LEVELS, SUBJECT_LEVELS, type Judgement } from './levels.ts';
import { BANDS } from '../activity/terms.ts';
import type { Statement } from './xapi.ts';

/** A full backup of one tablet: learners, every statement, the teacher's judgements. */
export const BACKUP_FORMAT = 'lopvui-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;
const MAX_DEPTH = 24;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  device: string;
  learners: Learner[];
  statements: Statement[];
  judgements: Judgement[];
}

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
const iso = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
const learnerId = z.string().regex(/^[\w-]{1,64}$/);

const learner = z.strictObject({
  id: learnerId,
  name: z.string().refine(validName),
  animal: z.enum(ANIMALS),
  color: z.enum(AVATAR_COLORS),
  archived: z.boolean(),
  createdAt: iso,
  stage: z.enum(BANDS).optional(),
});

/** The statements we write: checked for the parts the player relies on; the rest must be plain JSON. */
const statement = z.looseObject({
  id: uuid,
  actor: z.looseObject({ objectType: z.literal('Agent'), account: z.strictObject({ homePage: z.string().url(), name: learnerId }) }),
  verb: z.looseObject({ id: z.string().url() }),
  object: z.looseObject({ id: z.string().min(1).max(500) }),
  context: z.looseObject({ registration: uuid, contextActivities: z.looseObject({}) }),
  timestamp: iso,
});

const judgement = z.strictObject({
  learner: learnerId,
  code: z.string().max(80),
  level: z.enum([...LEVELS, ...SUBJECT_LEVELS]).optional(),
  outcome: z.enum(['shown', 'not-yet']).optional(),
  notes: z
    .array(z.strictObject({ at: iso, text: z.string().max(2000).refine((c) => !/[<>]/.test(c)) }))
    .max(1000)
    .optional(),
  comment: z.string().max(2000).refine((c) => !/[<>]/.test(c)).optional(),
  updatedAt: iso,
});

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: iso,
  device: z.string().max(200),
  learners: z.array(learner).max(10_000),
  statements: z.array(statement).max(5_000_000),
  judgements: z.array(judgement).max(1_000_000),
});

export type BackupError = { key: 'tooBig' | 'syntax' | 'notBackup' | 'version' | 'hostile' | 'invalid'; detail?: string };

/** Read a backup file. Anything but a well-formed backup of a version we know is refused, whole. */
export function parseBackup(text: string): { backup: Backup } | { error: BackupError } {
  if (text.length > MAX_BACKUP_CHARS) return { error: { key: 'tooBig' } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: { key: 'syntax', detail: (e as Error).message } };
  }
  const hostile = findHostile(value);
  if (hostile) return { error: { key: 'hostile', detail: hostile } };
  if (value === null || typeof value !== 'object' || (value as { format?: unknown }).format !== BACKUP_FORMAT) return { error: { key: 'notBackup' } };
  if ((value as { version?: unknown }).version !== BACKUP_VERSION) return { error: { key: 'version', detail: String((value as { version?: unknown }).version) } };
  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { error: { key: 'invalid', detail: first ? first.path.join('.') : '' } };
  }
  return { backup: parsed.data as unknown as Backup };
}

/** Too deep a nesting or a prototype key anywhere: refuse before anything reads the data. */
function findHostile(root: unknown): string | undefined {
  const stack: { v: unknown; depth: number }[] = [{ v: root, depth: 0 }];
  while (stack.length) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };
    if (v === null || typeof v !== 'object') continue;
    if (depth > MAX_DEPTH) return 'depth';
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) return k;
      stack.push({ v: (v as Record<string, unknown>)[k], depth: depth + 1 });
    }
  }
  return undefined;
}

export interface Conflict {
  kind: 'learner' | 'judgement';
  key: string;
  local: string;
  incoming: string;
}

export interface MergePlan {
  learners: Learner[];
  statements: Statement[];
  judgements: Judgement[];
  conflicts: Conflict[];
  /** Statements already here (the same id): skipped, never counted twice. */
  known: number;
}

/**
 * What importing a backup adds: statements by id (a statement already here is skipped),
 * learners by id, judgements by learner and competency. Where both sides differ, the local
 * one stays and the difference is reported: nothing is overwritten silently.
 */
export function planMerge(
  local: { learners: ReadonlyMap<string, Learner>; statementIds: ReadonlySet<string>; judgements: ReadonlyMap<string, Judgement> },
  incoming: Backup,
): MergePlan {
  const plan: MergePlan = { learners: [], statements: [], judgements: [], conflicts: [], known: 0 };
  for (const l of incoming.learners) {
    const mine = local.learners.get(l.id);
    if (!mine) plan.learners.push(l);
    else if (mine.name !== l.name || mine.animal !== l.animal || mine.color !== l.color) {
      plan.conflicts.push({ kind: 'learner', key: l.id, local: mine.name, incoming: l.name });
    }
  }
  const seen = new Set<string>();
  for (const s of incoming.statements) {
    if (local.statementIds.has(s.id) || seen.has(s.id)) plan.known++;
    else {
      seen.add(s.id);
      plan.statements.push(s);
    }
  }
  for (const j of incoming.judgements) {
    const key = judgementKey(j.learner, j.code);
    const mine = local.judgements.get(key);
    if (!mine) plan.judgements.push(j);
    else if (mine.level !== j.level || (mine.comment ?? '') !== (j.comment ?? '')) {
      plan.conflicts.push({ kind: 'judgement', key, local: `${mine.level ?? ''} ${mine.comment ?? ''}`.trim(), incoming: `${j.level ?? ''} ${j.comment ?? ''}`.trim() });
    }
  }
  return plan;
}


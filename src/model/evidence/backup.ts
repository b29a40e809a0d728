import { z } from 'zod';
import { ANIMALS, AVATAR_COLORS, validName, WHOLE_CLASS_ID, type Learner } from '../learners/learner.ts';
import { judgementKey, LEVELS, SUBJECT_LEVELS, type Judgement } from './levels.ts';
import { BANDS } from '../activity/terms.ts';
import { IRI, type Statement } from './xapi.ts';

/** A full backup of one tablet: learners, every statement, the teacher's judgements. */
export const BACKUP_FORMAT = 'lopvui-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;
/** Checked on the file's size before a byte is read (UTF-8: a character is at least one byte). */
export const MAX_BACKUP_BYTES = MAX_BACKUP_CHARS;
/** A tablet's clock may run a little fast; a statement later than this is from a wrong clock. */
export const FUTURE_SKEW_MS = 10 * 60_000;
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
  // The whole class has its own row: a learner with its id would be a second "whole class".
  id: learnerId.refine((id) => id !== WHOLE_CLASS_ID, { params: { why: 'reserved' } }),
  name: z.string().refine(validName),
  animal: z.enum(ANIMALS),
  color: z.enum(AVATAR_COLORS),
  archived: z.boolean(),
  createdAt: iso,
  stage: z.enum(BANDS).optional(),
});

/**
 * A statement as xAPI 1.0.3 allows it AND as the player reads it: every part the totals, the
 * evidence view and the export touch has the type they expect (categories as arrays, a scaled
 * score a number in [-1, 1], a response a string…). The rest must be plain JSON (checked
 * separately: no prototype keys, no deep nesting).
 */
const iri = z.string().min(3).max(2048).regex(/^[a-z][a-z0-9+.-]*:[^\s]+$/i);
const langMap = z.record(z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i), z.string().max(10_000));
const activityRef = z.looseObject({ id: iri, objectType: z.literal('Activity').optional() });
const duration = z.string().regex(/^P(?!$)(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?W)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?$/);
const score = z
  .looseObject({ scaled: z.number().min(-1).max(1).optional(), raw: z.number().finite().optional(), min: z.number().finite().optional(), max: z.number().finite().optional() })
  .refine((x) => (x.min === undefined || x.max === undefined || x.min <= x.max) && (x.raw === undefined || ((x.min === undefined || x.raw >= x.min) && (x.max === undefined || x.raw <= x.max))), { params: { why: 'range' } });
const extensions = z.record(iri, z.unknown());
const result = z.looseObject({
  score: score.optional(),
  success: z.boolean().optional(),
  completion: z.boolean().optional(),
  response: z.string().max(100_000).optional(),
  duration: duration.optional(),
  extensions: extensions
    .refine((e) => e[IRI.ext.attempt] === undefined || (Number.isInteger(e[IRI.ext.attempt]) && (e[IRI.ext.attempt] as number) >= 1 && (e[IRI.ext.attempt] as number) <= 1000), { params: { why: 'attempt' } })
    .refine((e) => e[IRI.ext.product] === undefined || (typeof e[IRI.ext.product] === 'string' && (e[IRI.ext.product] as string).length <= 200_000), { params: { why: 'type' } })
    .optional(),
});
const definition = z.looseObject({
  type: iri.optional(),
  name: langMap.optional(),
  description: langMap.optional(),
  interactionType: z.string().max(40).optional(),
  correctResponsesPattern: z.array(z.string().max(10_000)).optional(),
  choices: z.array(z.looseObject({ id: z.string().max(500), description: langMap })).optional(),
  source: z.array(z.looseObject({ id: z.string().max(500), description: langMap })).optional(),
  target: z.array(z.looseObject({ id: z.string().max(500), description: langMap })).optional(),
  extensions: extensions.optional(),
});
const contextActivities = z.looseObject({ parent: z.array(activityRef).optional(), grouping: z.array(activityRef).optional(), category: z.array(activityRef).optional(), other: z.array(activityRef).optional() });

export const statementSchema = z.looseObject({
  id: uuid,
  actor: z.looseObject({ objectType: z.literal('Agent'), account: z.strictObject({ homePage: z.string().url(), name: learnerId }), name: z.string().max(200).optional() }),
  verb: z.looseObject({ id: iri, display: langMap.optional() }),
  object: z.looseObject({ id: iri.max(500), objectType: z.literal('Activity').optional(), definition: definition.optional() }),
  result: result.optional(),
  context: z.looseObject({ registration: uuid, platform: z.string().max(200).optional(), language: z.string().max(40).optional(), contextActivities, extensions: extensions.optional() }),
  timestamp: iso,
  stored: iso.optional(),
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
  statements: z.array(z.unknown()).max(5_000_000), // each checked on its own (statementSchema), with progress
  judgements: z.array(judgement).max(1_000_000),
});

/** Why a part of a record was refused, in words the teacher's catalogue has. */
export type Why = 'type' | 'range' | 'format' | 'missing' | 'unknown' | 'future' | 'reserved' | 'attempt' | 'other';
export type BackupError = { key: 'tooBig' | 'syntax' | 'notBackup' | 'version' | 'hostile' | 'invalid' | 'passphrase'; detail?: string; why?: Why };

/** Read a backup file. Anything but a well-formed backup of a version we know is refused, whole. */
export function parseBackup(text: string, now = Date.now()): { backup: Backup } | { error: BackupError } {
  if (text.length > MAX_BACKUP_CHARS) return { error: { key: 'tooBig' } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: { key: 'syntax', detail: (e as Error).message } };
  }
  return checkBackup(value, now);
}

/**
 * Check a parsed backup to its last field, before anything is written: the envelope, then
 * every statement (xAPI and the player's own shape, no timestamp in the future), reporting
 * progress. The first bad record is named by its path and the reason.
 */
export function checkBackup(value: unknown, now: number, progress: (done: number, total: number) => void = () => {}): { backup: Backup } | { error: BackupError } {
  const hostile = findHostile(value);
  if (hostile) return { error: { key: 'hostile', detail: hostile } };
  if (value === null || typeof value !== 'object' || (value as { format?: unknown }).format !== BACKUP_FORMAT) return { error: { key: 'notBackup' } };
  if ((value as { version?: unknown }).version !== BACKUP_VERSION) return { error: { key: 'version', detail: String((value as { version?: unknown }).version) } };
  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) return { error: refusal(parsed.error.issues[0]) };
  const statements = parsed.data.statements;
  for (let i = 0; i < statements.length; i++) {
    const one = statementSchema.safeParse(statements[i]);
    if (!one.success) return { error: refusal(one.error.issues[0], ['statements', i]) };
    if (Date.parse(one.data.timestamp) > now + FUTURE_SKEW_MS) return { error: { key: 'invalid', detail: ['statements', i, 'timestamp'].join('.'), why: 'future' } };
    if (i % 2000 === 1999) progress(i + 1, statements.length);
  }
  progress(statements.length, statements.length);
  return { backup: parsed.data as unknown as Backup };
}

function refusal(issue: z.core.$ZodIssue | undefined, prefix: (string | number)[] = []): BackupError {
  if (!issue) return { key: 'invalid' };
  const detail = [...prefix, ...issue.path.map(String)].join('.');
  const own = (issue as { params?: { why?: Why } }).params?.why;
  const why: Why =
    own ??
    (issue.code === 'invalid_type' ? (/received undefined$/.test(issue.message) ? 'missing' : 'type') : issue.code === 'too_big' || issue.code === 'too_small' ? 'range' : issue.code === 'invalid_format' || issue.code === 'invalid_value' ? 'format' : issue.code === 'unrecognized_keys' ? 'unknown' : 'other');
  return { key: 'invalid', detail, why };
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


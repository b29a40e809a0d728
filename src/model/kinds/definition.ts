import type { z } from 'zod';
import type { Lang, Localized } from '../activity/lang.ts';
import type { AnswerEvidence } from '../evidence/answer-evidence.ts';
import type { Rng } from '../random.ts';
import type { KindTemplate } from './template.ts';

/** The score of a finished play: what the end screen shows and the completion statement carries. */
export interface Summary {
  raw: number;
  max: number;
  stars: 1 | 2 | 3;
}

/** What a fresh play may depend on besides its activity: the seeded shuffles and the language shown. */
export interface StartContext {
  rng: Rng;
  lang: Lang;
}

/** One answer as the rules saw it: the play before and after, the answer, how it ended. */
export interface AnswerStep<P, In, Out> {
  before: P;
  after: P;
  input: In;
  outcome: Out;
}

/**
 * Everything the model knows about one kind, in one place: its part of the activity format,
 * the file `npm run new` writes, what its items are called, and its rules as one contract.
 *
 * The rules are plain data in, plain data out: a play state `P`, the child's answer `In`, its
 * outcome `Out`. The view (engine/kinds/<kind>.ts) starts, answers, saves and ends through
 * these, so it never decides whether an answer is right.
 */
export interface KindDefinition<S extends z.ZodType<{ kind: string }>, P, In, Out> {
  readonly kind: z.output<S>['kind'];
  /** The kind's part of the activity format, its checks included (`message:` keys are in the i18n catalogs). */
  readonly schema: S;
  readonly template: KindTemplate;
  /** What each item is called (its question, its card), in evidence order: the dashboard's rows. */
  labels(a: z.output<S>): Localized[];
  start(a: z.output<S>, ctx: StartContext): P;
  /** The child's answer: the next play state and how the answer ended. */
  answer(play: P, input: In, a: z.output<S>): { play: P; outcome: Out };
  /** What an answer is evidence of (undefined for a move that is no answer), in the language shown. */
  evidence(step: AnswerStep<P, In, Out>, a: z.output<S>, lang: Lang): AnswerEvidence | undefined;
  finished(play: P, a: z.output<S>): boolean;
  summary(play: P): Summary;
  /** The plain data saved after each step, so a reload (or the teacher's next / previous) starts from there. */
  checkpoint(play: P): unknown;
  /** A saved checkpoint read back onto a fresh play of the same activity and seed; undefined when it does not fit. */
  resume(saved: unknown, fresh: P, a: z.output<S>): P | undefined;
}

/** Names a definition and lets TypeScript infer its types (the registry keeps each one exact). */
export const defineKind = <S extends z.ZodType<{ kind: string }>, P, In, Out>(d: KindDefinition<S, P, In, Out>) => d;

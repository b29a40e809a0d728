import type { AnswerEvidence } from './answer-evidence.ts';
import { answerStatement, completedStatement, experiencedStatement, type Discovery, type PlayContext } from './statement.ts';
import { statementTime } from './time.ts';
import type { Statement } from './xapi.ts';

export interface SessionDeps {
  ctx: PlayContext;
  newId(): string;
  /** Milliseconds since the epoch (the device clock). */
  now(): number;
  /** The earliest plausible time: the player's build time. */
  notBefore: number;
  /** Where statements go (the recorder); called once per statement, at once. */
  sink(s: Statement): void;
}

/**
 * One play of one activity by one learner (the xAPI registration). The view reports moves;
 * the session stamps them with id, time and the time taken since the item was shown.
 */
export class PlaySession {
  private itemShownAt: number;
  private readonly startedAt: number;

  /** `startedAt`: when the play began, if before the session (its first item played before the engine had loaded). */
  constructor(
    private readonly deps: SessionDeps,
    startedAt = deps.now(),
  ) {
    this.startedAt = this.itemShownAt = startedAt;
  }

  /** The child sees a new item: time taken is counted from here (`at`, if it was shown before the engine had loaded). */
  itemShown(at = this.deps.now()): void {
    this.itemShownAt = at;
  }

  /** `at`: when it was given, if before now (an answer given before the engine had loaded, recorded once it has). */
  answered(ev: AnswerEvidence, at = this.deps.now()): Statement {
    const now = at;
    const s = answerStatement(this.deps.ctx, ev, { id: this.deps.newId(), timestamp: statementTime(now, this.deps.notBefore), durationMs: now - this.itemShownAt });
    this.deps.sink(s);
    return s;
  }

  experienced(d: Discovery): Statement {
    const s = experiencedStatement(this.deps.ctx, d, { id: this.deps.newId(), timestamp: statementTime(this.deps.now(), this.deps.notBefore) });
    this.deps.sink(s);
    return s;
  }

  completed(score: { raw: number; max: number; stars: number }): Statement {
    const now = this.deps.now();
    const s = completedStatement(this.deps.ctx, score, { id: this.deps.newId(), timestamp: statementTime(now, this.deps.notBefore), durationMs: now - this.startedAt });
    this.deps.sink(s);
    return s;
  }
}

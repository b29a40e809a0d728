import * as Phaser from 'phaser';
import type { Activity } from '../../model/activity/schema.ts';
import type { StartContext, Summary } from '../../model/kinds/definition.ts';
import { backItem, skipItem, type StepCheckpoint, type StepPlay } from '../../model/kinds/steps.ts';
import { seededRng, type Rng } from '../../model/random.ts';
import type { SceneControls } from '../../contracts/scene-controls.ts';
import type { KindSceneData, PlayServices } from '../services.ts';
import { endActivity } from '../scenes/frame.ts';

/** What a view needs of its kind's definition (model/kinds/<kind>/index.ts): a play's life from start to end. */
export interface PlayRules<A extends Activity, P> {
  readonly kind: A['kind'];
  start(a: A, ctx: StartContext): P;
  resume(saved: unknown, fresh: P, a: A): P | undefined;
  checkpoint(play: P): unknown;
  finished(play: P, a: A): boolean;
  summary(play: P): Summary;
}

/** A step kind's view tells how its item ends and how it moves; the teacher's next / previous follow. */
export interface StepMoves {
  /** The item is already over (the pause after an answer or a reveal): "next" goes on at once. */
  over(): boolean;
  /** On to the next item (or the end). */
  goOn(): void;
  /** Straight to the start of that item (the teacher's next skips it, scoring 0; previous plays the one before again). */
  jump(to: StepCheckpoint): void;
  reveal?(): void;
}

/**
 * The base of every kind's view: its key is the kind's name; `init` checks the activity is of
 * this kind and starts the play from the definition, or resumes it from the checkpoint saved
 * before a reload. Phaser calls `init` again on every start, so each play starts clean.
 */
export abstract class KindScene<A extends Activity, P> extends Phaser.Scene {
  protected activity!: A;
  protected services!: PlayServices;
  protected play!: P;
  /** The play's seeded random source (shuffles, layouts): the same seed, the same play. */
  protected rng!: Rng;

  protected constructor(protected readonly rules: PlayRules<A, P>) {
    super(rules.kind);
  }

  init(data: KindSceneData): void {
    if (data.activity.kind !== this.rules.kind) throw new Error(`${this.rules.kind} scene needs a ${this.rules.kind} activity`);
    // The guard above is what ties the union to this kind.
    this.activity = data.activity as A;
    this.services = data.services;
    this.rng = seededRng(data.services.seed);
    const fresh = this.rules.start(this.activity, { rng: this.rng, lang: this.services.lang });
    this.play = this.rules.resume(data.resume, fresh, this.activity) ?? fresh;
    this.reset(data);
  }

  /** A view's own state to clear at each start (called at the end of `init`). */
  protected reset(_data: KindSceneData): void {}

  /** Saved after each step, so a reload starts from here. */
  protected saveCheckpoint(): void {
    this.services.checkpoint(this.rules.checkpoint(this.play));
  }

  protected get finished(): boolean {
    return this.rules.finished(this.play, this.activity);
  }

  /** The activity is over: the completion with the play's summary, then the end screen. */
  protected finish(): void {
    endActivity(this, this.services, this.activity, this.rules.summary(this.play));
  }

  /** The teacher's keys for a kind that goes item by item; `controls` adds what else the kind has (reveal). */
  protected stepControls(at: () => StepPlay, moves: StepMoves, controls: SceneControls = {}): void {
    this.services.controls({
      ...controls,
      ...(moves.reveal && { reveal: () => moves.reveal?.() }),
      next: () => (moves.over() ? moves.goOn() : moves.jump(skipItem(at().index, at().scores))),
      previous: () => moves.jump(backItem(at().index, at().scores)),
    });
  }
}

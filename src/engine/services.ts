import type { EarlyAnswers } from '../contracts/early-play.ts';
import type { TFunction } from 'i18next';
import type { Heard, Line } from '../audio/audio-out.ts';
import type { Effect } from '../audio/effects.ts';
import type { Lang } from '../model/activity/lang.ts';
import type { Activity } from '../model/activity/schema.ts';
import type { PlaySession } from '../model/evidence/session.ts';
import type { SceneControls } from '../contracts/scene-controls.ts';
import type { Twin, TwinSurface } from '../contracts/twins.ts';

/**
 * What a scene may use of the world outside Phaser. Scenes get it with their data, so they
 * hold no globals and can be driven by a test double.
 */
export interface PlayServices {
  t: TFunction;
  lang: Lang;
  twins: TwinSurface;
  announce(text: string): void;
  effect(name: Effect): void;
  /** Read one text aloud (its recording when given), stopping what was being said. */
  narrate(text: string, recording?: string): void;
  /** Say several lines in a row (b, a, huyền, bà), stopping what was being said. */
  say(lines: Line[]): Heard;
  /** Seconds into the line being said, or undefined when nothing is (read-aloud highlighting). */
  narrationPosition(): number | undefined;
  session: PlaySession;
  /** A seed for shuffles: the same seed plays the same order. */
  seed: number;
  exit(): void;
  replay(): void;
  /** Who sees the end screen, asked when it shows (W may have switched to the whole class): a projector shows no named child's stars. */
  audience(): { projector: boolean; namedLearner: boolean };
  /** In a lesson: on to the lesson's next step, or its page after the last (the end screen's big ▶). */
  lessonNext?: () => void;
  /** What the teacher's keys and clicker do in this scene; replaced by each scene that starts. */
  controls(c: SceneControls): void;
  /** Plain data the scene can start again from after a reload (saved at each item). */
  checkpoint(state: unknown): void;
  /** Keys typed on a real keyboard (a teacher at the projector), outside text fields; returns how to stop listening. */
  typedKeys(listener: (key: string) => void): () => void;
  /** If the keyboard focus is among the canvas's twins, it moves to `twin` (a keyboard user goes on from there). */
  focusIfKeyboard(twin: Twin): void;
}


export interface KindSceneData {
  activity: Activity;
  services: PlayServices;
  /** A checkpoint this scene saved before the page was reloaded. */
  resume?: unknown;
  /** What the child did on the first item before the engine had loaded (choice): the scene plays on from it. */
  early?: EarlyAnswers;
}

export interface EndSceneData {
  stars: 1 | 2 | 3;
  activity: Activity;
  services: PlayServices;
}

import type { TFunction } from 'i18next';
import type { Heard, Line } from '../audio/audio-out.ts';
import type { Effect } from '../audio/effects.ts';
import type { Lang } from '../model/activity/lang.ts';
import type { Activity } from '../model/activity/schema.ts';
import type { PlaySession } from '../model/evidence/session.ts';
import type { TwinLayer } from '../ui/twins.ts';

/**
 * What a scene may use of the world outside Phaser. Scenes get it with their data, so they
 * hold no globals and can be driven by a test double.
 */
export interface PlayServices {
  t: TFunction;
  lang: Lang;
  twins: TwinLayer;
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
}

export interface KindSceneData {
  activity: Activity;
  services: PlayServices;
}

export interface EndSceneData {
  stars: 1 | 2 | 3;
  services: PlayServices;
}

import { v4 as uuid } from 'uuid';
import type { Lang } from '../model/activity/lang.ts';
import { PlaySession } from '../model/evidence/session.ts';
import type { PlayContext } from '../model/evidence/statement.ts';
import { VERBS, type Statement } from '../model/evidence/xapi.ts';
import { deploymentHome } from '../store/device.ts';

declare const __BUILD_TIME__: number;

export interface SessionOptions {
  learnerId: string;
  registration: string;
  /** What the session is about: an activity, or a lesson as a whole. */
  subject: PlayContext['activity'];
  lang: Lang;
  /** Called once the session's completion statement is recorded. */
  onCompleted?: () => void;
  /** When the play began, if before the session (its first item played before the engine had loaded). */
  startedAt?: number;
}

/**
 * The one factory for a PlaySession: the device's home page, fresh ids, the real clock never
 * before the build's time, statements to the recorder, and what follows a completion.
 */
export function sessionFactory(record: (s: Statement) => void, packOf: (activityId: string) => { id: string; version: string } | undefined = () => undefined) {
  return (o: SessionOptions): PlaySession =>
    new PlaySession(
      {
        ctx: { homePage: deploymentHome(), learnerId: o.learnerId, registration: o.registration, activity: withPack(o.subject, packOf(o.subject.id)), lang: o.lang },
        newId: () => uuid(),
        now: () => Date.now(),
        notBefore: __BUILD_TIME__,
        sink: (s) => {
          record(s);
          if (s.verb.id === VERBS.completed.id) o.onCompleted?.();
        },
      },
      o.startedAt,
    );
}

export type NewSession = ReturnType<typeof sessionFactory>;

/** An activity kept from a pack: its statements say which pack and version it was played in. */
const withPack = (subject: PlayContext['activity'], pack: { id: string; version: string } | undefined): PlayContext['activity'] => (pack ? { ...subject, pack } : subject);

import type { Effect } from '../audio/effects.ts';
import type { PlayServices } from '../engine/services.ts';
import { markFallbacks } from '../model/activity/fallbacks.ts';
import type { Activity } from '../model/activity/schema.ts';
import { WHOLE_CLASS_ID } from '../model/learners/learner.ts';
import type { Lesson } from '../model/lesson/lesson-schema.ts';
import type { AppData } from '../store/app-data.ts';
import { clearResume, loadResumeForTab, saveResume } from '../store/resume.ts';
import { thisTab } from '../store/tab.ts';
import { holdsEarlyPlay, takeEarlyPlay, type EarlyPlay } from './early-input.ts';
import { LeaveGuard } from '../ui/leave-guard.ts';
import { announce } from '../ui/live.ts';
import { whenHandwritingReady } from '../ui/fonts.ts';
import { listenTypedKeys } from '../ui/typed-keys.ts';
import type { StageControls } from '../ui/stage-controls.ts';
import type { TwinLayer } from '../ui/twins.ts';
import { v4 as uuid } from 'uuid';
import type { EngineLoader } from './engine.ts';
import type { LessonProgress } from './lesson-progress.ts';
import type { NewSession } from './sessions.ts';
import type { Settings } from './settings.ts';
import type { Views } from './views.ts';

export interface InLesson {
  lesson: Lesson;
  step: number;
}

export interface PlayDeps {
  views: Views;
  settings: Settings;
  data: AppData;
  engine: EngineLoader;
  twins: TwinLayer;
  controls: StageControls;
  newSession: NewSession;
  lessons: LessonProgress;
  /** An activity of the library or of the teacher's own, by id. */
  load(id: string): (() => Promise<{ default: Activity }>) | undefined;
}

/** Playing one activity: its session, its checkpoint, the stage, and the way out. */
export class Player {
  private current: { id: string; lesson?: InLesson } | undefined;
  readonly guard: LeaveGuard;

  constructor(private readonly deps: PlayDeps) {
    this.guard = new LeaveGuard(
      () => deps.settings.i18n.t,
      () => this.leave(),
    );
  }

  /** The activity being played again from its start (the teacher's restart). */
  restart(): void {
    if (!this.current) return;
    clearResume();
    void this.play(this.current.id, this.current.lesson);
  }

  /** Out of play (the router shows another view). */
  stop(): void {
    this.guard.disarm();
    this.current = undefined;
  }

  /** Out of the activity on purpose: its checkpoint goes, back to the lesson or the menu. */
  leave(): void {
    this.guard.disarm();
    clearResume();
    location.hash = this.current?.lesson ? `#/lesson/${encodeURIComponent(this.current.lesson.lesson.id)}` : '#/';
  }

  /** The end screen's ▶ in a lesson: straight on to the next step, or to the lesson's page after the last. */
  private nextStep({ lesson, step }: InLesson): void {
    if (step + 1 >= lesson.steps.length) return this.leave();
    this.guard.disarm();
    clearResume();
    location.hash = `#/lesson/${encodeURIComponent(lesson.id)}/${step + 2}`;
  }

  async play(id: string, inLesson?: InLesson): Promise<void> {
    const { views, settings, data, twins, controls } = this.deps;
    const { i18n, lang } = settings;
    views.show('stage', lang);
    this.current = { id, ...(inLesson && { lesson: inLesson }) };
    views.message.hidden = true;
    twins.clear();
    controls.set({});
    // Its first item drawn before the player had loaded (src/app/first-item/) still answers while the engine comes.
    if (inLesson || !holdsEarlyPlay(id)) twins.setLabel(i18n.t('play.loading'));
    const load = this.deps.load(id);
    let early: EarlyPlay | undefined;
    thisTab(); // this tab's lock is held before its first checkpoint can be read by another tab
    try {
      if (!load) throw new Error(`no activity ${id}`);
      const [{ default: loaded }, { stage, audio }] = await Promise.all([load(), this.deps.engine.ready]);
      // While developing, a text missing in this language shows as "[vi] …", not as a translation.
      const activity = import.meta.env.DEV ? markFallbacks(loaded, lang) : loaded;
      const learnerId = data.learners.current;
      const resume = await loadResumeForTab({ activityId: activity.id, version: activity.version, learnerId }, Date.now());
      // That early item is the scene's to play on from: it answers until the scene adds its first twin (takeOver).
      early = inLesson ? undefined : takeEarlyPlay(id);
      // A checkpoint comes back to its own item: the early item was drawn from it (its seed) when it was at the first.
      const taken = !resume || resume.seed === early?.seed ? early : undefined;
      if (early && !taken) early.release();
      const seed = resume?.seed ?? taken?.seed ?? Math.floor(Math.random() * 2 ** 31);
      const registration = resume?.registration ?? uuid();
      const session = this.deps.newSession({
        learnerId,
        registration,
        subject: { id: activity.id, version: activity.version, title: activity.title, competencies: activity.competencies },
        lang,
        ...(taken && { startedAt: taken.shownAt }),
        onCompleted: () => {
          clearResume();
          this.guard.disarm();
          if (inLesson) this.deps.lessons.stepCompleted(inLesson.lesson, inLesson.step);
        },
      });
      const services: PlayServices = {
        t: i18n.t,
        lang,
        twins,
        announce,
        effect: (name: Effect) => audio.effect(name),
        narrate: (text, recording) => void audio.say([{ text, ...(recording && { recording }) }]),
        say: (lines) => audio.say(lines),
        narrationPosition: () => audio.position(),
        session,
        seed,
        exit: () => this.leave(),
        replay: () => (clearResume(), void this.play(id, inLesson)),
        controls: (c) => controls.set(c),
        typedKeys: listenTypedKeys,
        focusIfKeyboard: (twin) => twins.focusIfInside(twin),
        checkpoint: (state) => saveResume({ activityId: activity.id, version: activity.version, learnerId, seed, registration, state, savedAt: Date.now(), tab: thisTab() }),
        audience: () => ({ projector: settings.prefs.mode === 'projector', namedLearner: data.learners.current !== WHOLE_CLASS_ID }),
        ...(inLesson && { lessonNext: () => this.nextStep(inLesson) }),
      };
      // The model letters of a trace are in the handwriting font, fetched only for a trace.
      if (activity.kind === 'trace') await whenHandwritingReady();
      this.guard.arm();
      stage.resume();
      // A keyboard user keeps their place: the same button among the scene's own twins.
      if (taken) twins.takeOver(taken);
      await stage.start(activity, services, resume?.state, taken);
      // The early drawing goes once the scene is on the screen in its place.
      if (early) void stage.drawn().then(() => early?.release());
    } catch (e) {
      // The early drawing goes, taken or not: the message shows in its place.
      (early ?? (inLesson ? undefined : takeEarlyPlay(id)))?.release();
      console.error(e);
      views.message.textContent = i18n.t('play.loadFailed');
      views.message.hidden = false;
    }
  }
}

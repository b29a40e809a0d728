import * as Phaser from 'phaser';
import { mediaUrls } from '../model/activity/media-refs.ts';
import type { Lang } from '../model/activity/lang.ts';
import type { Activity } from '../model/activity/schema.ts';
import { loadPictures } from './media.ts';
import { EndScene } from './scenes/end.ts';
import { KIND_SCENES } from './kinds/index.ts';
import type { EarlyAnswers } from '../contracts/early-play.ts';
import type { PlayServices } from './services.ts';
import { CARD_BOUNDS, type CardBounds } from './widgets/card-face.ts';
import { centreDesignArea } from './stage-fit.ts';
import { COLORS, DESIGN } from './theme.ts';

const PICTURE_KEYS = new Set(['image']);
// User Timing marks (lopvui:*) on the way to the first question: what test/bench/trace-first-tap.ts reads.
performance.mark('lopvui:engine-evaluated');

/**
 * The Phaser side of the player, in its own chunk: loaded while the child looks at the menu.
 * One game for the page's life; each activity starts its kind's scene.
 */
export class Stage {
  private readonly game: Phaser.Game;
  private readonly ready: Promise<void>;
  /** Set by the player from the settings; read when each scene starts. */
  reducedMotion = false;
  private readonly speed: number;

  /** `frameTiming`: time every frame for npm run bench (the page asks with ?frame-timing). */
  /** `cardBounds`: every card reports its label's and mark's boxes, for the overlay test (the page asks with ?bounds). */
  /** `speed`: the scenes' clocks run this many times faster (tests only: app/test-speed.ts); 1 for people. */
  /** `onDrawn`: told after each frame is drawn (tests only: a screenshot waits for the frames after a change). */
  constructor(parent: HTMLElement, options: { frameTiming?: boolean; cardBounds?: boolean; speed?: number; onDrawn?: () => void } = {}) {
    const speed = (this.speed = options.speed ?? 1);
    this.game = new Phaser.Game({
      // WebGL where the device has it; Canvas on one without (an old tablet, a blocked GPU).
      type: Phaser.AUTO,
      parent,
      backgroundColor: COLORS.paper,
      // An opaque WebGL canvas is black until its first frame: hidden until then, so the stage's
      // paper (the same colour) shows instead of a black flash on load.
      canvasStyle: 'visibility: hidden',
      banner: false,
      // No multisampling: our pictures and words are textures (smooth anyway); MSAA would only
      // soften a few shape edges, at a cost weak tablets (and software WebGL) feel every frame.
      antialiasGL: false,
      audio: { noAudio: true }, // Howler plays our sounds
      input: { activePointers: 4 },
      // Phaser counts at most a 60th of a second per frame for 120 frames after a start or a focus;
      // on a busy test machine (10 frames a second) that stretches a pause six times. Tests (speed
      // above 1) count the time that passed; people keep Phaser's smoothing.
      ...(speed !== 1 && { fps: { panicMax: 0 } }),
      // EXPAND: the canvas fills the screen; the design area is centred in it (stage-fit.ts), no bars.
      scale: { mode: Phaser.Scale.EXPAND, autoCenter: Phaser.Scale.CENTER_BOTH, width: DESIGN.width, height: DESIGN.height },
    });
    // Added, not listed in the config: a listed first scene would start by itself, with no activity.
    // A scene added before the game boots exists only once it is ready: the end scene goes in then,
    // and a kind's scene when its first activity starts (see start).
    this.ready = new Promise((resolve) =>
      this.game.events.once(Phaser.Core.Events.READY, () => {
        performance.mark('lopvui:phaser-ready');
        this.addScene('end', EndScene);
        resolve();
      }),
    );
    // Tests draw fewer frames: with no GPU on a test machine every frame is drawn in software, and a
    // page on a still question at 1920×1080 kept half a core busy at 60 frames a second in Canvas (a
    // whole core at 20 in WebGL), test pages starving each other. Canvas keeps 20: at 10, clicks and
    // taps on the canvas went unanswered (Phaser ends a press in the frame after it).
    if (speed !== 1) this.game.events.once(Phaser.Core.Events.READY, () => this.game.loop.setFPSLimit(this.game.renderer.type === Phaser.WEBGL ? 10 : 20));
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => (this.game.canvas.style.visibility = 'visible'));
    if (options.frameTiming) this.timeFrames();
    if (options.onDrawn) this.game.events.on(Phaser.Core.Events.POST_RENDER, options.onDrawn);
    if (options.cardBounds) this.game.registry.set(CARD_BOUNDS, new Set<() => CardBounds>());
  }

  /** The boxes of every card on the stage (only when made with `cardBounds`). */
  cardBounds(): CardBounds[] {
    const readers = this.game.registry.get(CARD_BOUNDS) as Set<() => CardBounds> | undefined;
    return [...(readers ?? [])].map((read) => read());
  }

  /**
   * Main-thread time of each frame (update and render commands), as User Timing entries
   * `lopvui:frame`: what npm run bench reads.
   */
  private timeFrames(): void {
    let start = 0;
    this.game.events.on(Phaser.Core.Events.PRE_STEP, () => (start = performance.now()));
    this.game.events.on(Phaser.Core.Events.POST_RENDER, () => {
      performance.measure('lopvui:frame', { start });
      if (performance.getEntriesByName('lopvui:frame').length > 2000) performance.clearMeasures('lopvui:frame');
    });
  }

  get canvas(): HTMLCanvasElement {
    return this.game.canvas;
  }

  /** Only once the game is ready (a scene added before exists only then, and its hooks would be lost). */
  private addScene(key: string, scene: new () => Phaser.Scene): void {
    const added = this.game.scene.add(key, scene, false);
    // Reduced motion: every tween (pops, shakes, slides, bounces) jumps to its end at once.
    added?.sys.events.on(Phaser.Scenes.Events.START, () => {
      added.tweens.timeScale = this.reducedMotion ? 1000 : this.speed;
      added.time.timeScale = this.speed;
    });
    // After create: the scene's cameras exist then, and nothing is drawn yet.
    added?.sys.events.on(Phaser.Scenes.Events.CREATE, () => centreDesignArea(added));
  }

  /** The activity about to play is known early (the page opened on it): its pictures load now, while the stores open. */
  preparePictures(activity: Activity, lang: Lang): void {
    void loadPictures(this.game.textures, mediaUrls(activity, lang, PICTURE_KEYS), this.ready);
  }

  /** Start an activity's scene; `resume` is the checkpoint it saved before a reload. */
  async start(activity: Activity, services: PlayServices, resume?: unknown, early?: EarlyAnswers): Promise<void> {
    // The scene's code and the pictures come while Phaser boots.
    const [sceneClass] = await Promise.all([
      KIND_SCENES[activity.kind](),
      loadPictures(this.game.textures, mediaUrls(activity, services.lang, PICTURE_KEYS), this.ready),
      this.ready,
    ]);
    if (!this.game.scene.getScene(activity.kind)) this.addScene(activity.kind, sceneClass);
    // The game may have booted while the stage was hidden (on the menu, or before the page showed it):
    // it takes the stage's size now, so the first frame is drawn at its final size and the twins do
    // not move under a finger half a second later (the scale manager only looks every 500 ms).
    // Always, not only when the parent's size looks changed: a refresh made while the stage was hidden
    // sizes the canvas from the old parent size and then records the new one, so no later look sees a
    // change and the canvas stays 0×0 (seen once in a run: every twin 0×0 at the screen's centre).
    this.game.scale.getParentBounds();
    this.game.scale.refresh();
    performance.mark('lopvui:pictures-ready');
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('lopvui:scene-drawn'));
    // start() restarts the kind's scene if it is running (another activity of the same kind).
    this.stopAll(activity.kind);
    this.game.scene.start(activity.kind, { activity, services, resume, ...(early && { early }) });
  }

  /** Resolves once the game has drawn its next frame (the scene just started is on the screen). */
  drawn(): Promise<void> {
    return new Promise((ok) => this.game.events.once(Phaser.Core.Events.POST_RENDER, () => ok()));
  }

  // Stopped now through the scene manager, not queued for the next step (a scene's own
  // scene.stop()): pause() puts the loop to sleep right after, and a queued stop left the hidden
  // scene listening, so a click on the menu or the teacher's area could answer its question.
  stopAll(except?: string): void {
    for (const scene of this.game.scene.getScenes(true)) if (scene.scene.key !== except) this.game.scene.stop(scene.scene.key);
  }

  private paused = false;

  /** Phaser stops drawing while the menu is shown (also when asked before the game has booted). */
  pause(): void {
    this.paused = true;
    this.stopAll();
    this.game.loop.sleep();
    void this.ready.then(() => this.paused && this.game.loop.sleep());
  }

  resume(): void {
    this.paused = false;
    // Before its boot the game's loop has not started: waking it then would run it with no game.
    void this.ready.then(() => !this.paused && this.game.loop.wake());
  }
}

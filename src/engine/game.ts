import * as Phaser from 'phaser';
import { mediaUrls } from '../model/activity/media-refs.ts';
import type { Activity } from '../model/activity/schema.ts';
import { loadPictures } from './media.ts';

const PICTURE_KEYS = new Set(['image']);
import { EndScene } from './scenes/end.ts';
import { KIND_SCENES } from './kinds/index.ts';
import type { PlayServices } from './services.ts';
import { CARD_BOUNDS, type CardBounds } from './widgets/card-face.ts';
import { centreDesignArea } from './stage-fit.ts';
import { COLORS, DESIGN } from './theme.ts';

/**
 * The Phaser side of the player, in its own chunk: loaded while the child looks at the menu.
 * One game for the page's life; each activity starts its kind's scene.
 */
export class Stage {
  private readonly game: Phaser.Game;
  private readonly ready: Promise<void>;
  /** Set by the player from the settings; read when each scene starts. */
  reducedMotion = false;

  /** `frameTiming`: time every frame for npm run bench (the page asks with ?frame-timing). */
  /** `cardBounds`: every card reports its label's and mark's boxes, for the overlay test (the page asks with ?bounds). */
  /** `speed`: the scenes' clocks run this many times faster (tests only: app/test-speed.ts); 1 for people. */
  /** `onDrawn`: told after each frame is drawn (tests only: a screenshot waits for the frames after a change). */
  constructor(parent: HTMLElement, options: { frameTiming?: boolean; cardBounds?: boolean; speed?: number; onDrawn?: () => void } = {}) {
    const speed = options.speed ?? 1;
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
    // Added before the game boots, a scene exists only once the game is ready: its hooks go on then.
    const scenes = { ...KIND_SCENES, end: EndScene };
    for (const [key, scene] of Object.entries(scenes)) this.game.scene.add(key, scene, false);
    this.game.events.once(Phaser.Core.Events.READY, () => {
      for (const key of Object.keys(scenes)) {
        const added = this.game.scene.getScene(key);
        // Reduced motion: every tween (pops, shakes, slides, bounces) jumps to its end at once.
        added?.sys.events.on(Phaser.Scenes.Events.START, () => {
          added.tweens.timeScale = this.reducedMotion ? 1000 : speed;
          added.time.timeScale = speed;
        });
        // After create: the scene's cameras exist then, and nothing is drawn yet.
        added?.sys.events.on(Phaser.Scenes.Events.CREATE, () => centreDesignArea(added));
      }
    });
    this.ready = new Promise((resolve) => this.game.events.once(Phaser.Core.Events.READY, () => resolve()));
    // Tests in WebGL draw 20 frames a second: software WebGL (no GPU on a test machine) drawing 60
    // kept a core busy. Canvas keeps every frame, so a pointer lands on what was just drawn.
    if (speed !== 1) this.game.events.once(Phaser.Core.Events.READY, () => this.game.renderer.type === Phaser.WEBGL && this.game.loop.setFPSLimit(20));
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

  /** Start an activity's scene; `resume` is the checkpoint it saved before a reload. */
  async start(activity: Activity, services: PlayServices, resume?: unknown): Promise<void> {
    await this.ready;
    await loadPictures(this.game.textures, mediaUrls(activity, services.lang, PICTURE_KEYS));
    // start() restarts the kind's scene if it is running (another activity of the same kind).
    this.stopAll(activity.kind);
    this.game.scene.start(activity.kind, { activity, services, resume });
  }

  stopAll(except?: string): void {
    for (const scene of this.game.scene.getScenes(true)) if (scene.scene.key !== except) scene.scene.stop();
  }

  /** Phaser stops drawing while the menu is shown. */
  pause(): void {
    // Stopped now through the scene manager, not queued for the next step (a scene's own
    // scene.stop()): the loop sleeps below, and a queued stop left the hidden scene listening, so
    // a click on the menu or the teacher's area could answer its question.
    for (const scene of this.game.scene.getScenes(true)) this.game.scene.stop(scene.scene.key);
    this.game.loop.sleep();
  }

  resume(): void {
    this.game.loop.wake();
  }
}

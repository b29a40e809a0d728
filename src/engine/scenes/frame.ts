import * as Phaser from 'phaser';
import { pick } from '../../model/activity/lang.ts';
import type { TwinSurface } from '../../contracts/twins.ts';
import type { Activity } from '../../model/activity/schema.ts';
import { bandsOf } from '../../model/activity/terms.ts';
import type { EndSceneData, PlayServices } from '../services.ts';
import { frameButtonPlace, type FramePlace } from './frame-place.ts';
import { COLORS, DESIGN, textStyle } from '../theme.ts';
import { roundButton } from '../widgets/round-button.ts';

/** What every kind's scene has: the paper, home at the top left, listen again at the top right. */
export function sceneFrame(scene: Phaser.Scene, services: PlayServices, listen: () => void, listenName = services.t('play.listen')): void {
  const { t, twins } = services;
  scene.cameras.main.setBackgroundColor(COLORS.paper);
  let buttons: ReturnType<typeof roundButton>[] = [];
  let drawn: FramePlace | undefined;
  // Placed for the screen (stage-fit.ts), and again when the tablet is turned.
  const place = () => {
    // From the page's room for the game (what EXPAND fits the game to), not the game's size, which
    // lags a step behind when a scene starts: the buttons are drawn once, first among the twins.
    const { width, height } = scene.scale.parentSize;
    const px = Math.min(width / DESIGN.width, height / DESIGN.height);
    if (!(px > 0)) return;
    const p = frameButtonPlace(width / px, height / px, px);
    if (drawn && p.size === drawn.size && p.x === drawn.x && p.y === drawn.y) return;
    // The one with the keyboard focus keeps it when it is drawn again.
    const focused = buttons.findIndex((b) => b.twin.hasFocus());
    for (const b of buttons) b.container.destroy();
    // Drawn again when the tablet turns: still first among the twins, where Tab and a screen reader start.
    let at = 0;
    const first: TwinSurface = { add: (spec) => twins.add(spec, at++), setLabel: (text) => twins.setLabel(text), keepFocusOn: (twin) => twins.keepFocusOn(twin) };
    buttons = [
      roundButton(scene, p.x, p.y, 'home', t('play.home'), first, () => services.exit(), p.size),
      roundButton(scene, DESIGN.width - p.x, p.y, 'speaker', listenName, first, listen, p.size),
    ];
    buttons[focused]?.twin.focus({ preventScroll: true });
    drawn = p;
  };
  place();
  scene.scale.on(Phaser.Scale.Events.RESIZE, place);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.scale.off(Phaser.Scale.Events.RESIZE, place));
}

/** The room between the frame's top buttons (home at the left, listen at the right, 84 px each). */
const BETWEEN_BUTTONS = DESIGN.width - 2 * 130;

/**
 * The instruction at the top: wrapped between the top buttons, and smaller when it would take
 * more than two lines, so it never runs under home or listen.
 */
export function instructionText(scene: Phaser.Scene, text: string, size = 32, y = 60): Phaser.GameObjects.Text {
  const o = scene.add.text(DESIGN.width / 2, y, text, textStyle(size, { wordWrap: { width: BETWEEN_BUTTONS, useAdvancedWrap: true } })).setOrigin(0.5);
  let s = size;
  while (o.height > 104 && s > 20) {
    s = Math.floor(s * 0.9);
    o.setFontSize(s);
  }
  return o;
}

/** The activity is over: its completion is recorded and the end screen shows the stars. */
export function endActivity(scene: Phaser.Scene, services: PlayServices, activity: Activity, summary: { raw: number; max: number; stars: 1 | 2 | 3 }): void {
  services.session.completed(summary);
  const data: EndSceneData = { stars: summary.stars, activity, services };
  scene.scene.start('end', data);
}

/** For the mầm non bands (children who cannot read yet) every item starts with its instruction read aloud. */
export const readsAloudEachItem = (a: Activity): boolean => bandsOf(a).some((b) => b.startsWith('mn-'));

/** Read an activity's instructions (its title when it has none), from its recording when it has one. */
export function readInstructions(services: PlayServices, a: Activity): void {
  services.narrate(pick(a.instructions ?? a.title, services.lang), a.audio ? pick(a.audio, services.lang) : undefined);
}

import * as Phaser from 'phaser';
import { pick } from '../../model/activity/lang.ts';
import { endStyle, stickerFor, type EndStyle } from '../../model/play/end-screen.ts';
import type { EndSceneData, PlayServices } from '../services.ts';
import { COLORS, DESIGN, textStyle } from '../theme.ts';
import { drawIcon } from '../widgets/icons.ts';
import { roundButton } from '../widgets/round-button.ts';
import { confetti, drawSticker } from '../widgets/sticker.ts';

/**
 * The end of an activity, after the model's rule (src/model/play/end-screen.ts): a story's own
 * "Hết" page; a celebration and a sticker for the youngest and for a named child on a projector;
 * stars (never fewer than one) for a primary class. A big ▶ goes on: to the lesson's next step,
 * or back to the menu; play again sits beside it.
 */
export class EndScene extends Phaser.Scene {
  private data_!: EndSceneData;

  constructor() {
    super('end');
  }

  init(data: EndSceneData): void {
    this.data_ = data;
  }

  create(): void {
    const { services, activity, stars } = this.data_;
    const { t, lang } = services;
    this.cameras.main.setBackgroundColor(COLORS.paper);
    const style: EndStyle = endStyle({ kind: activity.kind, band: activity.band, ...services.audience() });
    let said: string;
    if (style === 'the-end') {
      this.add.text(DESIGN.width / 2, 230, t('end.theEnd'), textStyle(150, { color: '#3d5a80' })).setOrigin(0.5);
      this.add.text(DESIGN.width / 2, 380, pick(activity.title, lang), textStyle(40, { wordWrap: { width: 900, useAdvancedWrap: true } })).setOrigin(0.5);
      this.bookFlourish();
      said = `${t('end.theEnd')}. ${pick(activity.title, lang)}`;
    } else if (style === 'celebration') {
      confetti(this, DESIGN.width, DESIGN.height);
      this.add.text(DESIGN.width / 2, 110, t('end.cheer'), textStyle(72, { color: '#3d5a80' })).setOrigin(0.5);
      const g = this.add.graphics();
      drawSticker(g, stickerFor(activity.id, services.seed), 250);
      g.setPosition(DESIGN.width / 2, 330).setScale(0);
      this.tweens.add({ targets: g, scale: 1, angle: { from: -20, to: 0 }, duration: 600, ease: 'Back.Out' });
      this.add.text(DESIGN.width / 2, 500, t('end.sticker'), textStyle(34)).setOrigin(0.5);
      said = `${t('end.cheer')} ${t('end.sticker')}`;
    } else {
      this.add.text(DESIGN.width / 2, 130, t('end.title'), textStyle(72, { color: '#3d5a80' })).setOrigin(0.5);
      for (let i = 0; i < 3; i++) {
        const g = this.add.graphics();
        drawIcon(g, 'star', 150, i < stars ? COLORS.star : COLORS.starEmpty);
        g.setPosition(DESIGN.width / 2 + (i - 1) * 180, 310).setScale(0);
        this.tweens.add({ targets: g, scale: 1, duration: 400, delay: 250 * i, ease: 'Back.Out' });
      }
      const starsText = t('end.stars', { count: stars });
      this.add.text(DESIGN.width / 2, 430, starsText, textStyle(34)).setOrigin(0.5);
      said = `${t('end.title')} ${starsText}`;
    }
    this.buttons(services);
    services.effect('finish');
    services.announce(said);
  }

  /** A small open book under the story's "Hết": the picture-book ending. */
  private bookFlourish(): void {
    const g = this.add.graphics({ x: DESIGN.width / 2, y: 470 });
    g.lineStyle(4, COLORS.ink, 1);
    g.fillStyle(0xffffff, 1).fillTriangle(-70, -18, 0, -4, 0, 34).fillTriangle(-70, -18, -70, 22, 0, 34);
    g.fillStyle(0xffffff, 1).fillTriangle(70, -18, 0, -4, 0, 34).fillTriangle(70, -18, 70, 22, 0, 34);
    g.beginPath();
    for (const [i, [x, y]] of [[-70, -18], [0, -4], [70, -18], [70, 22], [0, 34], [-70, 22]].entries()) (i ? g.lineTo(x!, y!) : g.moveTo(x!, y!));
    g.closePath();
    g.strokePath();
    g.lineBetween(0, -4, 0, 34);
  }

  /** The big ▶ in the middle (next step, or the menu), play again to its left, the lesson's page to its right. */
  private buttons(services: PlayServices): void {
    const { t, twins } = services;
    const next = services.lessonNext;
    const y = 620;
    const onward = roundButton(this, DESIGN.width / 2, y, 'play', t(next ? 'lesson.next' : 'end.menu'), twins, next ?? (() => services.exit()), 150, 'filled');
    roundButton(this, DESIGN.width / 2 - 220, y, 'replay', t('end.replay'), twins, () => services.replay(), 104);
    if (next) roundButton(this, DESIGN.width / 2 + 220, y, 'home', t('lesson.toLesson'), twins, () => services.exit(), 104);
    services.controls(next ? { next } : {});
    twins.keepFocusOn(onward.twin);
  }
}

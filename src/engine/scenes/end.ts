import * as Phaser from 'phaser';
import type { EndSceneData, PlayServices } from '../services.ts';
import { COLORS, DESIGN, textStyle } from '../theme.ts';
import { drawIcon } from '../widgets/icons.ts';
import { roundButton } from '../widgets/round-button.ts';

/** The end of an activity: stars (never fewer than one), play again, back to the menu. */
export class EndScene extends Phaser.Scene {
  private services!: PlayServices;
  private stars: 1 | 2 | 3 = 1;

  constructor() {
    super('end');
  }

  init(data: EndSceneData): void {
    this.services = data.services;
    this.stars = data.stars;
  }

  create(): void {
    const { t, twins } = this.services;
    this.cameras.main.setBackgroundColor(COLORS.paper);
    this.add.text(DESIGN.width / 2, 150, t('end.title'), textStyle(72, { color: '#3d5a80' })).setOrigin(0.5);
    for (let i = 0; i < 3; i++) {
      const g = this.add.graphics();
      drawIcon(g, 'star', 150, i < this.stars ? COLORS.star : COLORS.starEmpty);
      g.setPosition(DESIGN.width / 2 + (i - 1) * 180, 330).setScale(0);
      this.tweens.add({ targets: g, scale: 1, duration: 400, delay: 250 * i, ease: 'Back.Out' });
    }
    const starsText = t('end.stars', { count: this.stars });
    this.add.text(DESIGN.width / 2, 450, starsText, textStyle(34)).setOrigin(0.5);
    const next = this.services.lessonNext;
    // In a lesson the next step comes first (and takes the focus); replay and home stay beside it.
    const x = (i: number) => DESIGN.width / 2 + (i - (next ? 1 : 0.5)) * 240;
    const replay = roundButton(this, x(0), 580, 'replay', t('end.replay'), twins, () => this.services.replay(), 120);
    roundButton(this, x(1), 580, 'home', t(next ? 'lesson.toLesson' : 'end.menu'), twins, () => this.services.exit(), 120);
    const onward = next ? roundButton(this, x(2), 580, 'right', t('lesson.next'), twins, next, 120) : undefined;
    this.services.controls(next ? { next } : {});
    this.services.effect('finish');
    this.services.announce(`${t('end.title')} ${starsText}`);
    twins.keepFocusOn((onward ?? replay).twin);
  }
}

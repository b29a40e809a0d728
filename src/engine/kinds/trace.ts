import * as Phaser from 'phaser';
import { pick } from '../../model/activity/lang.ts';
import { traceKind } from '../../model/kinds/trace/index.ts';
import { nextTrace, revealTrace, strokesOfItem, traceAt, traceEvidence, type TracePlay } from '../../model/kinds/trace/rules.ts';
import type { StepCheckpoint } from '../../model/kinds/steps.ts';
import type { TraceActivity } from '../../model/kinds/trace/schema.ts';
import { glyphGuide, type Point, type Stroke } from '../../model/trace/glyphs.ts';
import type { Twin } from '../../contracts/twins.ts';
import { sceneFrame, instructionText } from '../scenes/frame.ts';
import { KindScene } from './kind-scene.ts';
import { COLORS, HANDWRITING_FONT, textStyle } from '../theme.ts';
import { WRONG_HOLD_MS } from '../widgets/feedback.ts';
import { roundButton } from '../widgets/round-button.ts';

/** The letter box on screen: 100 units of the model = 5 px. */
const BOX = { x: 390, y: 140, size: 500 };
const toScreen = ([x, y]: Point): Point => [BOX.x + (x * BOX.size) / 100, BOX.y + (y * BOX.size) / 100];
const toBox = (x: number, y: number): Point => [((x - BOX.x) * 100) / BOX.size, ((y - BOX.y) * 100) / BOX.size];
const INK = 26;

/**
 * The view of `trace`: the letter drawn wide and pale, the stroke to trace next marked with a
 * green start dot, its number and an arrow. The finger (or mouse) draws; on lifting, the
 * stroke is judged. Its twin draws the stroke for a keyboard user.
 */
export class TraceScene extends KindScene<TraceActivity, TracePlay> {
  private layer?: Phaser.GameObjects.Container;
  private guide!: Phaser.GameObjects.Graphics;
  private ink!: Phaser.GameObjects.Graphics;
  private live!: Phaser.GameObjects.Graphics;
  private path: Point[] = [];
  private pointerId: number | undefined;
  private twin?: Twin;
  private busy = false;

  constructor() {
    super(traceKind);
  }

  protected override reset(): void {
    this.pointerId = undefined;
    this.path = [];
  }

  create(): void {
    sceneFrame(this, this.services, () => this.readInstructions());
    this.input.on(Phaser.Input.Events.POINTER_DOWN, (p: Phaser.Input.Pointer) => this.down(p));
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (p: Phaser.Input.Pointer) => this.move(p));
    this.input.on(Phaser.Input.Events.POINTER_UP, (p: Phaser.Input.Pointer) => this.up(p));
    this.input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, (p: Phaser.Input.Pointer) => this.up(p));
    // A letter finished goes on as its next button would; one not yet is skipped (it scores 0).
    this.stepControls(() => this.play, { over: () => this.busy, goOn: () => this.advance(), jump: (to) => this.jump(to), reveal: () => this.reveal() });
    this.showItem();
  }

  private jump(to: StepCheckpoint): void {
    this.time.removeAllEvents();
    this.play = traceAt(to.item, to.scores);
    if (!this.finished) return this.showItem();
    this.finish();
  }

  /** The teacher shows how the letter is written: the strokes left are drawn, then the next letter. */
  private reveal(): void {
    if (this.busy || this.finished) return;
    this.busy = true;
    const { play, drawn } = revealTrace(this.activity, this.play);
    this.play = play;
    this.live.clear();
    for (const s of drawn) this.drawInk(s, 0x98c1d9);
    this.drawGuide();
    this.services.announce(this.services.t('trace.shown'));
    this.time.delayedCall(2500, () => this.advance());
  }

  private get strokes(): readonly Stroke[] {
    return strokesOfItem(this.activity, this.play.index);
  }

  private showItem(): void {
    this.layer?.destroy();
    this.busy = false;
    const { t, lang, twins } = this.services;
    const item = this.activity.items[this.play.index]!;
    this.saveCheckpoint();
    twins.setLabel(t('play.progress', { n: this.play.index + 1, total: this.activity.items.length }));
    const layer = this.add.container(0, 0);
    this.layer = layer;
    layer.add(instructionText(this, pick(this.activity.instructions ?? this.activity.title, lang), 30));
    const paper = this.add.graphics();
    paper.fillStyle(COLORS.card, 1).fillRoundedRect(BOX.x - 20, BOX.y - 20, BOX.size + 40, BOX.size + 40, 24);
    // The school's writing lines: one at every unit of the model (the baseline strongest), half units fainter.
    const lines = item.strokes ? { baseline: 90, major: [90, 38, 10], minor: [] } : glyphGuide(item.glyph);
    for (const y of lines.major) paper.lineStyle(y === lines.baseline ? 3 : 2, 0x98c1d9, 1).lineBetween(BOX.x, toScreen([0, y])[1], BOX.x + BOX.size, toScreen([0, y])[1]);
    for (const y of lines.minor) paper.lineStyle(1, 0x98c1d9, 0.7).lineBetween(BOX.x, toScreen([0, y])[1], BOX.x + BOX.size, toScreen([0, y])[1]);
    this.guide = this.add.graphics();
    this.ink = this.add.graphics();
    this.live = this.add.graphics();
    layer.add([paper, this.guide, this.ink, this.live]);
    const image = item.image ? pick(item.image, lang) : undefined;
    if (image && this.textures.exists(image)) {
      const img = this.add.image(1080, 330, image);
      img.setScale(Math.min(240 / img.width, 240 / img.height));
      layer.add(img);
    }
    // The model letter, beside the one to trace: the school's handwriting (Playwrite VN), as in the pupils' book.
    layer.add(this.add.text(200, 390, item.glyph, textStyle(150, { color: '#3d5a80', fontFamily: HANDWRITING_FONT, fontStyle: '400', padding: { top: 60, bottom: 40, left: 30, right: 30 } })).setOrigin(0.5));
    this.twin = twins.add({ name: '', rect: { x: BOX.x, y: BOX.y, w: BOX.size, h: BOX.size }, onActivate: () => this.traceByKey() });
    layer.once(Phaser.GameObjects.Events.DESTROY, () => this.twin?.remove());
    this.drawGuide();
    twins.keepFocusOn(this.twin);
    this.services.session.itemShown();
    this.readInstructions();
  }

  private readInstructions(): void {
    const a = this.activity;
    const item = a.items[this.play.index];
    const { lang, t } = this.services;
    this.services.say([
      { text: pick(a.instructions ?? a.title, lang), ...(a.audio && { recording: pick(a.audio, lang) }) },
      ...(item ? [{ text: t('trace.letter', { glyph: item.glyph }) }] : []),
    ]);
  }

  /** Every stroke pale and wide; the next one darker, with its start dot, number and arrow. */
  private drawGuide(): void {
    const g = this.guide.clear();
    const line = (s: Stroke, width: number, color: number, alpha: number) => {
      g.lineStyle(width, color, alpha);
      g.beginPath();
      s.forEach((p, i) => (i ? g.lineTo(...toScreen(p)) : g.moveTo(...toScreen(p))));
      g.strokePath();
      for (const p of [s[0]!, s[s.length - 1]!]) g.fillStyle(color, alpha).fillCircle(...toScreen(p), width / 2);
    };
    this.strokes.forEach((s, i) => i >= this.play.stroke && line(s, 54, 0xd9d4c7, 1));
    const next = this.strokes[this.play.stroke];
    if (next) {
      line(next, 54, 0xb8c9dd, 1);
      const [sx, sy] = toScreen(next[0]!);
      const [nx, ny] = toScreen(next[Math.min(2, next.length - 1)]!);
      g.fillStyle(COLORS.ok, 1).fillCircle(sx, sy, 22);
      // The arrow points along the stroke's first part.
      const angle = Math.atan2(ny - sy, nx - sx);
      const tip = (d: number, a: number): [number, number] => [sx + Math.cos(angle + a) * d, sy + Math.sin(angle + a) * d];
      g.fillStyle(COLORS.card, 1).fillTriangle(...tip(14, 0), ...tip(10, 2.4), ...tip(10, -2.4));
      this.twin?.update({ name: this.services.t('trace.stroke', { n: this.play.stroke + 1, total: this.strokes.length }) });
    }
  }

  private inBox(p: Phaser.Input.Pointer): boolean {
    const m = 40;
    return p.worldX > BOX.x - m && p.worldX < BOX.x + BOX.size + m && p.worldY > BOX.y - m && p.worldY < BOX.y + BOX.size + m;
  }

  private down(p: Phaser.Input.Pointer): void {
    if (this.busy || this.pointerId !== undefined || !this.inBox(p) || this.finished) return;
    this.pointerId = p.id;
    this.path = [toBox(p.worldX, p.worldY)];
    this.live.clear();
  }

  private move(p: Phaser.Input.Pointer): void {
    if (p.id !== this.pointerId) return;
    const next = toBox(p.worldX, p.worldY);
    const last = this.path[this.path.length - 1]!;
    if (Math.hypot(next[0] - last[0], next[1] - last[1]) < 0.8) return;
    this.path.push(next);
    this.live.lineStyle(INK, COLORS.brand, 1).lineBetween(...toScreen(last), ...toScreen(next));
    this.live.fillStyle(COLORS.brand, 1).fillCircle(...toScreen(next), INK / 2);
  }

  private up(p: Phaser.Input.Pointer): void {
    if (p.id !== this.pointerId) return;
    this.pointerId = undefined;
    this.judge(this.path, false);
  }

  private traceByKey(): void {
    if (this.busy || this.finished) return;
    const stroke = this.strokes[this.play.stroke];
    if (stroke) this.judge(stroke, true);
  }

  private judge(path: Stroke, byKey: boolean): void {
    const { play, outcome } = traceKind.answer(this.play, { stroke: path, byKey }, this.activity);
    this.play = play;
    this.live.clear();
    const { t } = this.services;
    if (outcome.type === 'wrong') {
      this.services.effect('wrong');
      this.services.announce(t('trace.again'));
      this.showWrongStroke(path);
      return;
    }
    const drawn = this.play.drawing[this.play.drawing.length - 1]!;
    this.drawInk(drawn, outcome.type === 'shown' ? 0x98c1d9 : COLORS.brand);
    this.services.effect(outcome.type === 'stroke' ? 'correct' : 'wrong');
    this.services.announce(outcome.type === 'stroke' ? t('feedback.correct') : t('trace.shown'));
    this.drawGuide();
    if (outcome.itemDone) this.finishItem();
  }

  /**
   * A wrong stroke stays in sight in the "wrong" colour for a moment, then fades while a hand
   * draws the stroke asked for, from its green dot: what to do, shown rather than told.
   */
  private showWrongStroke(path: Stroke): void {
    const wrong = this.add.graphics();
    wrong.lineStyle(INK, COLORS.no, 0.9);
    wrong.beginPath();
    path.forEach((p, i) => (i ? wrong.lineTo(...toScreen(p)) : wrong.moveTo(...toScreen(p))));
    wrong.strokePath();
    this.layer?.add(wrong);
    const item = this.play.index;
    this.time.delayedCall(WRONG_HOLD_MS, () => {
      this.tweens.add({ targets: wrong, alpha: 0, duration: 300, onComplete: () => wrong.destroy() });
      const stroke = this.strokes[this.play.stroke];
      if (stroke && item === this.play.index && !this.busy) this.showHand(stroke);
    });
  }

  /** A hand (a fingertip with its trail) goes along `stroke` once, then fades. */
  private showHand(stroke: Stroke): void {
    const trail = this.add.graphics();
    const hand = this.add.graphics();
    hand.fillStyle(COLORS.selected, 0.95).fillCircle(0, 0, 20).lineStyle(4, COLORS.ink, 0.8).strokeCircle(0, 0, 20);
    const pts = stroke.map(toScreen);
    const [x0, y0] = pts[0]!;
    hand.setPosition(x0, y0);
    this.layer?.add([trail, hand]);
    let last: Point = [x0, y0];
    this.tweens.addCounter({
      from: 0,
      to: pts.length - 1,
      duration: Math.min(1600, 120 * pts.length),
      onUpdate: (tw) => {
        const at = tw.getValue() ?? 0;
        const i = Math.floor(at);
        const a = pts[i]!;
        const b = pts[Math.min(i + 1, pts.length - 1)]!;
        const f = at - i;
        const here: Point = [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
        trail.lineStyle(10, COLORS.selected, 0.7).lineBetween(...last, ...here);
        hand.setPosition(...here);
        last = here;
      },
      onComplete: () => this.tweens.add({ targets: [trail, hand], alpha: 0, delay: 300, duration: 400, onComplete: () => (trail.destroy(), hand.destroy()) }),
    });
  }

  private drawInk(s: Stroke, color: number): void {
    this.ink.lineStyle(INK, color, 1);
    this.ink.beginPath();
    s.forEach((p, i) => (i ? this.ink.lineTo(...toScreen(p)) : this.ink.moveTo(...toScreen(p))));
    this.ink.strokePath();
    for (const p of s) this.ink.fillStyle(color, 1).fillCircle(...toScreen(p), INK / 2);
  }

  private finishItem(): void {
    this.busy = true;
    const item = this.activity.items[this.play.index]!;
    this.services.session.answered(traceEvidence(this.activity, this.play, this.activity.competencies));
    const { lang, t, twins } = this.services;
    const word = item.word ? pick(item.word, lang) : item.glyph;
    this.layer?.add(this.add.text(1080, 520, word, textStyle(44, { color: '#2a9d8f', wordWrap: { width: 340, useAdvancedWrap: true } })).setOrigin(0.5));
    this.time.delayedCall(600, () => this.services.say([{ text: word }]));
    const next = roundButton(this, 1080, 640, 'right', t('play.next'), twins, () => this.advance(), 100);
    this.layer?.add(next.container);
    this.services.focusIfKeyboard(next.twin);
  }

  private advance(): void {
    this.time.removeAllEvents();
    this.play = nextTrace(this.play);
    if (!this.finished) return this.showItem();
    this.finish();
  }
}

import * as Phaser from 'phaser';
import { pick } from '../../model/activity/lang.ts';
import { balanceKind } from '../../model/kinds/balance/index.ts';
import { levelling, massOf, restingTilt, stepBeam, type BalancePlay, type Beam, type Pans, type Side } from '../../model/kinds/balance/rules.ts';
import type { BalanceActivity, BalanceItem } from '../../model/kinds/balance/schema.ts';
import { skipItem, type StepCheckpoint } from '../../model/kinds/steps.ts';
import { sceneFrame, instructionText } from '../scenes/frame.ts';
import { KindScene } from './kind-scene.ts';
import { COLORS, DESIGN, textStyle } from '../theme.ts';
import { shareLabelSize, type CardFace } from '../widgets/card-face.ts';
import { PlacementBoard } from '../widgets/drag-drop.ts';
import { fadeAsHint, feedbackWrong } from '../widgets/choice-feedback.ts';
import { markBox, pointAt, thenHint } from '../widgets/feedback.ts';
import { drawIcon } from '../widgets/icons.ts';
import { OptionCard } from '../widgets/option-card.ts';
import { roundButton } from '../widgets/round-button.ts';

const PIVOT = { x: 640, y: 250 };
const ARM = 300;
const HANG = 110;
const THING = 64;

/** The view of `balance`: the beam swings by the masses on its pans (simulated in the model), never jumps. */
export class BalanceScene extends KindScene<BalanceActivity, BalancePlay> {
  private beam: Beam = { angle: 0, velocity: 0 };
  private pans: Pans = { left: [], right: [] };
  /** The answer cards of a "which is heavier" item. */
  private answers = new Map<'left' | 'right' | 'same', OptionCard>();
  private panObjects: Record<Side, Phaser.GameObjects.Container> = {} as never;
  private beamGfx?: Phaser.GameObjects.Graphics;
  private layer?: Phaser.GameObjects.Container;
  private busy = false;
  /** The shelf's cards, by their place on the shelf (a card put on a pan is gone). */
  private shelfCards: CardFace[] = [];

  constructor() {
    super(balanceKind);
  }

  create(): void {
    sceneFrame(this, this.services, () => this.read());
    this.stepControls(() => this.play, { over: () => this.busy, goOn: () => this.advance(), jump: (to) => this.jump(to), reveal: () => this.reveal() });
    this.showItem();
  }

  private jump(to: StepCheckpoint): void {
    this.play = { index: to.item, attempts: 0, scores: to.scores };
    this.advance();
  }

  private get item(): BalanceItem {
    return this.activity.items[this.play.index] as BalanceItem;
  }

  private prompt(): string {
    return this.item.prompt ? pick(this.item.prompt, this.services.lang) : this.services.t(`balance.${this.item.task}`);
  }

  private read(): void {
    this.services.narrate(this.prompt());
  }

  private showItem(): void {
    this.layer?.destroy();
    this.busy = false;
    this.saveCheckpoint();
    const { t, twins } = this.services;
    const item = this.item;
    this.pans = { left: [...item.left], right: [...item.right] };
    this.answers = new Map();
    this.beam = { angle: 0, velocity: 0 };
    twins.setLabel(`${t('play.progress', { n: this.play.index + 1, total: this.activity.items.length })}: ${this.prompt()}`);
    const stand = this.add.graphics();
    stand.fillStyle(0x8d6e63, 1).fillRect(PIVOT.x - 12, PIVOT.y, 24, 290).fillRoundedRect(PIVOT.x - 110, PIVOT.y + 280, 220, 24, 10);
    stand.fillStyle(COLORS.brand, 1).fillCircle(PIVOT.x, PIVOT.y, 16);
    this.beamGfx = this.add.graphics({ x: PIVOT.x, y: PIVOT.y });
    this.beamGfx.fillStyle(COLORS.brand, 1).fillRoundedRect(-ARM - 20, -9, 2 * ARM + 40, 18, 9);
    const parts: Phaser.GameObjects.GameObject[] = [instructionText(this, this.prompt(), 34), stand, this.beamGfx];
    for (const side of ['left', 'right'] as const) {
      const bowl = this.add.graphics();
      bowl.lineStyle(4, COLORS.ink, 0.6).lineBetween(0, -HANG, -90, 0).lineBetween(0, -HANG, 90, 0);
      bowl.fillStyle(0xc9a227, 1).fillRoundedRect(-100, 0, 200, 18, 9);
      const pan = this.add.container(0, 0, [bowl]);
      this.panObjects[side] = pan;
      for (const id of this.pans[side]) pan.add(this.objectView(id));
      this.arrange(side);
      parts.push(pan);
    }
    if (item.task === 'heavier') {
      // Each answer sits under what it names, and the two sides point up at their pan.
      (['left', 'same', 'right'] as const).forEach((answer, i) => {
        const x = PIVOT.x + (i - 1) * ARM;
        const card = new OptionCard(this, { x, y: 640, w: 270, h: 110, label: t(`balance.answer.${answer}`), name: t(`balance.answer.${answer}`), onActivate: () => this.submit(answer) }, twins);
        this.answers.set(answer, card);
        parts.push(card.container);
        if (answer === 'same') return;
        const arrow = this.add.graphics({ x, y: 560 });
        drawIcon(arrow, 'up', 44, COLORS.brand);
        parts.push(arrow);
      });
      shareLabelSize([...this.answers.values()]);
    } else {
      parts.push(...this.shelf());
      // Icons a child who cannot read knows (✓ check, ↺ start again); their twins say the words.
      const check = roundButton(this, 1170, 640, 'check', t('play.check'), twins, () => this.submit(), 110);
      const again = roundButton(this, 110, 640, 'replay', t('balance.again'), twins, () => this.showItem(), 110);
      parts.push(check.container, again.container);
    }
    this.layer = this.add.container(0, 0, parts);
    this.services.session.itemShown();
    this.read();
  }

  /** Things on the shelf go onto a pan by drag, or by tap then tap on the pan (the shared board). */
  private shelf(): Phaser.GameObjects.GameObject[] {
    const { t, twins } = this.services;
    const board = new PlacementBoard(this, twins, { pick: (n) => t('place.pick', { name: n }), place: (n) => t('place.into', { name: n }), nothingPicked: t('place.nothingPicked') }, (_thing, where) => ({ result: 'taken', place: where }), this.services.announce);
    for (const side of ['left', 'right'] as const) {
      const x = PIVOT.x + (side === 'left' ? -ARM : ARM);
      board.addPlace(side, new Phaser.Geom.Rectangle(x - 150, PIVOT.y + 20, 300, 260), t(`balance.pan.${side}`), () => ({ x, y: PIVOT.y + HANG, scale: 1 }));
    }
    board.onTaken = (thing, place, card) => this.put(thing.split('#')[0] ?? thing, place as Side, card);
    const ids = this.item.shelf;
    const gap = 12;
    const w = Math.min(110, (700 - gap * (ids.length - 1)) / ids.length);
    this.shelfCards = [];
    return ids.map((id, i) => {
      const o = this.activity.objects.find((x) => x.id === id);
      const image = o?.image ? pick(o.image, this.services.lang) : undefined;
      const label = o ? pick(o.text, this.services.lang) : id;
      const card = board.addThing(`${id}#${i}`, DESIGN.width / 2 + (i - (ids.length - 1) / 2) * (w + gap), 640, { w, h: 110, ...(image && this.textures.exists(image) ? { image } : { label }) }, `${label} ${i + 1}`);
      this.shelfCards[i] = card;
      return card.container;
    });
  }

  private objectView(id: string): Phaser.GameObjects.GameObject {
    const o = this.activity.objects.find((x) => x.id === id);
    const url = o?.image ? pick(o.image, this.services.lang) : undefined;
    if (url && this.textures.exists(url)) {
      const img = this.add.image(0, 0, url);
      return img.setScale(THING / Math.max(img.width, img.height)).setName(id);
    }
    return this.add.text(0, 0, o ? pick(o.text, this.services.lang) : id, textStyle(22)).setOrigin(0.5).setName(id);
  }

  private put(id: string, side: Side, card: CardFace): void {
    card.container.destroy();
    this.pans[side].push(id);
    this.panObjects[side].add(this.objectView(id));
    this.arrange(side);
    this.services.effect('tap');
  }

  /** Objects sit on their pan in rows of four. */
  private arrange(side: Side): void {
    const objects = this.panObjects[side].list.slice(1) as Phaser.GameObjects.Image[];
    objects.forEach((o, i) => {
      const inRow = Math.min(4, objects.length - Math.floor(i / 4) * 4);
      o.setPosition(((i % 4) - (inRow - 1) / 2) * (THING - 14), -THING / 2 - Math.floor(i / 4) * (THING - 10));
    });
  }

  update(_time: number, delta: number): void {
    if (!this.beamGfx) return;
    const target = restingTilt(massOf(this.activity, this.pans.left), massOf(this.activity, this.pans.right));
    this.beam = stepBeam(this.beam, target, delta / 1000);
    const rad = Phaser.Math.DegToRad(this.beam.angle);
    this.beamGfx.setRotation(rad);
    for (const side of ['left', 'right'] as const) {
      const k = side === 'left' ? -1 : 1;
      this.panObjects[side]?.setPosition(PIVOT.x + k * ARM * Math.cos(rad), PIVOT.y + k * ARM * Math.sin(rad) + HANG);
    }
  }

  private submit(answer?: 'left' | 'right' | 'same'): void {
    // An answer faded by a hint can no longer be chosen.
    if (this.busy || (answer && this.answers.get(answer)?.look === 'faded')) return;
    const before = this.play;
    const input = { pans: this.pans, prompt: this.prompt(), ...(answer && { answer }) };
    const { play, outcome } = balanceKind.answer(before, input, this.activity);
    const evidence = balanceKind.evidence({ before, after: play, input, outcome }, this.activity, this.services.lang);
    if (evidence) this.services.session.answered(evidence);
    this.play = play;
    const { t } = this.services;
    const chosen = answer ? this.answers.get(answer) : undefined;
    if (outcome.type === 'wrong') {
      const still = () => this.play.index === before.index;
      if (chosen) {
        feedbackWrong(this, this.services, [chosen], [0], t('feedback.wrong'), () => chosen.container.active && chosen.look !== 'faded' && chosen.setLook('idle'));
        // Then the hint (hintAfter), as choice's: that answer fades.
        thenHint(this, this.services, outcome.hint, () => fadeAsHint(this.services, chosen), still);
      } else {
        // Not level yet: the heavier pan, the one that went down, is shown with its ✕.
        this.services.effect('wrong');
        this.services.announce(t('balance.notLevel'));
        const heavier = this.heavierSide();
        this.layer?.add(markBox(this, this.panBox(heavier), 'wrong'));
        // Then the hint (hintAfter): a finger on the lighter pan, the one that needs more.
        thenHint(this, this.services, outcome.hint, () => void this.layer?.add(pointAt(this, this.panBox(heavier === 'left' ? 'right' : 'left'))), still);
      }
      return;
    }
    this.busy = true;
    if (chosen) chosen.setLook(outcome.type === 'correct' ? 'correct' : 'wrong');
    if (outcome.type !== 'correct') this.showAnswer();
    this.services.effect(outcome.type === 'correct' ? 'correct' : 'wrong');
    this.services.announce(outcome.type === 'correct' ? t('feedback.correct') : t('balance.shown'));
    this.time.delayedCall(outcome.type === 'correct' ? 1300 : 2200, () => this.advance());
  }

  /** The teacher shows the answer: as after a last wrong try, silently scored 0, then the next item. */
  private reveal(): void {
    if (this.busy) return;
    this.busy = true;
    this.showAnswer();
    this.services.announce(this.services.t('balance.shown'));
    const { item: index, scores } = skipItem(this.play.index, this.play.scores);
    this.play = { index, attempts: 0, scores };
    this.time.delayedCall(2200, () => this.advance());
  }

  /**
   * The answer, shown on the balance: the right answer card lit (the others fade); or the fewest
   * things from the shelf on the pans, the beam swinging level, a ✓ beside each pan they went on.
   */
  private showAnswer(): void {
    const item = this.item;
    if (item.task === 'heavier') {
      const right = this.rightAnswer();
      for (const [answer, card] of this.answers) if (card.look !== 'wrong') card.setLook(answer === right ? 'correct' : 'faded');
      return;
    }
    const way = levelling(this.activity, item);
    if (!way) return;
    for (const card of this.shelfCards) if (card.container.active) card.container.destroy();
    this.shelfCards = [];
    this.pans = { left: [...item.left, ...way.left.map((k) => item.shelf[k]!)], right: [...item.right, ...way.right.map((k) => item.shelf[k]!)] };
    for (const side of ['left', 'right'] as const) {
      const pan = this.panObjects[side];
      for (const o of pan.list.slice(1)) o.destroy();
      for (const id of this.pans[side]) pan.add(this.objectView(id));
      this.arrange(side);
    }
    // Marked once the beam has swung level (the pans move with it).
    this.time.delayedCall(900, () => {
      for (const side of ['left', 'right'] as const) if (way[side].length) this.layer?.add(markBox(this, this.panBox(side), 'correct'));
    });
  }

  private heavierSide(): Side {
    return massOf(this.activity, this.pans.left) >= massOf(this.activity, this.pans.right) ? 'left' : 'right';
  }

  private rightAnswer(): 'left' | 'right' | 'same' {
    const l = massOf(this.activity, this.pans.left);
    const r = massOf(this.activity, this.pans.right);
    return l === r ? 'same' : l > r ? 'left' : 'right';
  }

  /** A pan and what is on it, in the scene. */
  private panBox(side: Side): { x: number; y: number; w: number; h: number } {
    const pan = this.panObjects[side];
    const rows = Math.ceil(this.pans[side].length / 4);
    return { x: pan.x - 100, y: pan.y - Math.max(1, rows) * THING, w: 200, h: Math.max(1, rows) * THING + 18 };
  }

  private advance(): void {
    this.time.removeAllEvents();
    if (!this.finished) return this.showItem();
    this.finish();
  }
}

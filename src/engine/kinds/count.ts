import type * as Phaser from 'phaser';
import { pick } from '../../model/activity/lang.ts';
import { countKind } from '../../model/kinds/count/index.ts';
import { tapObject, type CountPlay } from '../../model/kinds/count/rules.ts';
import type { CountActivity } from '../../model/kinds/count/schema.ts';
import { skipItem, type StepCheckpoint } from '../../model/kinds/steps.ts';
import { shuffled, type Rng } from '../../model/random.ts';
import type { Twin } from '../../contracts/twins.ts';
import { sceneFrame, instructionText } from '../scenes/frame.ts';
import { KindScene } from './kind-scene.ts';
import { COLORS, DESIGN, textStyle } from '../theme.ts';
import { feedbackWrong } from '../widgets/choice-feedback.ts';
import { OptionCard } from '../widgets/option-card.ts';
import { makeTappable } from '../widgets/tappable.ts';

const AREA = { x: 140, y: 120, w: 1000, h: 380 };
const SIZE = 96;

/** Where the objects of an item sit: in rows of five, or scattered over a jittered grid (never overlapping). */
export function objectPositions(count: number, layout: 'scatter' | 'rows', rng: Rng): { x: number; y: number }[] {
  if (layout === 'rows') {
    const cols = Math.min(count, 5);
    const rows = Math.ceil(count / cols);
    const top = AREA.y + AREA.h / 2 - ((rows - 1) * (SIZE + 24)) / 2;
    return Array.from({ length: count }, (_, i) => ({
      x: AREA.x + AREA.w / 2 + ((i % cols) - (cols - 1) / 2) * (SIZE + 40),
      y: top + Math.floor(i / cols) * (SIZE + 24),
    }));
  }
  const cols = 8;
  const rows = 3;
  const cw = AREA.w / cols;
  const ch = AREA.h / rows;
  const cells = shuffled(Array.from({ length: cols * rows }, (_, i) => i), rng).slice(0, count);
  return cells.map((c) => ({
    x: AREA.x + (c % cols) * cw + cw / 2 + (rng() - 0.5) * (cw - SIZE) * 0.8,
    y: AREA.y + Math.floor(c / cols) * ch + ch / 2 + (rng() - 0.5) * (ch - SIZE) * 0.8,
  }));
}

/** The view of `count`: tap each object (it shows and says its number), then choose how many. */
export class CountScene extends KindScene<CountActivity, CountPlay> {
  private layer?: Phaser.GameObjects.Container;
  private objects: Phaser.GameObjects.Container[] = [];
  private badges: (Phaser.GameObjects.Container | undefined)[] = [];
  private twinsOf: Twin[] = [];
  private options: { n: number; card: OptionCard }[] = [];
  private busy = false;

  constructor() {
    super(countKind);
  }

  create(): void {
    sceneFrame(this, this.services, () => this.read());
    this.stepControls(() => this.play, {
      over: () => this.busy,
      goOn: () => (this.time.removeAllEvents(), this.advance()),
      jump: (to) => this.jump(to),
      reveal: () => this.reveal(),
    });
    this.showItem();
  }

  /** The teacher's next / previous: straight to the start of that item (or the end). */
  private jump(to: StepCheckpoint): void {
    this.time.removeAllEvents();
    const { lastTap: _, ...play } = this.play;
    this.play = { ...play, index: to.item, scores: to.scores, tapped: [], attempts: 0 };
    this.advance();
  }

  /** The teacher shows the answer: the right number lights up, then the next item. */
  private reveal(): void {
    const item = this.play.items[this.play.index];
    if (this.busy || !item) return;
    this.busy = true;
    for (const { n, card } of this.options) card.setLook(n === item.count ? 'correct' : 'faded');
    this.services.announce(this.services.t('feedback.revealed', { answer: item.count }));
    const { item: index, scores } = skipItem(this.play.index, this.play.scores);
    this.play = { ...this.play, index, scores, tapped: [], attempts: 0 };
    this.time.delayedCall(2200, () => this.advance());
  }

  private prompt(): string {
    const item = this.play.items[this.play.index];
    return item?.prompt ? pick(item.prompt, this.services.lang) : this.services.t('count.prompt');
  }

  private read(): void {
    this.services.narrate(this.prompt());
  }

  private showItem(): void {
    this.layer?.destroy();
    this.objects = [];
    this.badges = [];
    this.twinsOf = [];
    this.options = [];
    this.busy = false;
    const { t, lang, twins } = this.services;
    const item = this.play.items[this.play.index];
    if (!item) return;
    this.saveCheckpoint();
    twins.setLabel(t('play.progress', { n: this.play.index + 1, total: this.play.items.length }));
    const url = pick(item.image, lang);
    const parts: Phaser.GameObjects.GameObject[] = [instructionText(this, this.prompt(), 40)];
    objectPositions(item.count, item.layout, this.rng).forEach((at, i) => {
      const img = this.textures.exists(url) ? this.add.image(0, 0, url) : this.add.circle(0, 0, SIZE / 2, COLORS.selected);
      img.setScale(SIZE / Math.max(img.width, img.height));
      const c = this.add.container(at.x, at.y, [img]);
      this.twinsOf[i] = makeTappable(c, { w: SIZE + 12, h: SIZE + 12 }, twins, { name: t('count.object', { n: i + 1 }), pressed: false, onActivate: () => this.tap(i) });
      this.objects[i] = c;
      parts.push(c);
    });
    item.options.forEach((n, i) => {
      const card = new OptionCard(this, { x: DESIGN.width / 2 + (i - 1) * 240, y: 610, w: 200, h: 150, label: String(n), name: t('play.option', { n: i + 1, name: n }), onActivate: () => this.answer(n) }, twins);
      this.options.push({ n, card });
      parts.push(card.container);
    });
    this.layer = this.add.container(0, 0, parts);
    this.services.session.itemShown();
    this.read();
  }

  private tap(object: number): void {
    if (this.busy) return;
    const { play, outcome } = tapObject(this.play, object, this.time.now);
    this.play = play;
    if (outcome.type === 'ignored') return;
    const twin = this.twinsOf[object];
    if (outcome.type === 'counted') {
      const at = this.objects[object];
      const badge = this.add.container(at?.x ?? 0, (at?.y ?? 0) - SIZE / 2, [this.add.circle(0, 0, 26, COLORS.brand), this.add.text(0, 0, String(outcome.number), textStyle(32, { color: '#ffffff' })).setOrigin(0.5)]);
      this.badges[object] = badge;
      this.layer?.add(badge);
      this.services.effect('tap');
      this.services.narrate(String(outcome.number));
      this.services.announce(String(outcome.number));
      twin?.update({ pressed: true });
    } else {
      this.badges[object]?.destroy();
      this.badges[object] = undefined;
      this.services.announce(this.services.t('count.uncounted', { n: outcome.number }));
      twin?.update({ pressed: false });
    }
  }

  private answer(n: number): void {
    if (this.busy) return;
    const before = this.play;
    const input = { n, prompt: this.prompt() };
    const { play, outcome } = countKind.answer(before, input, this.activity);
    if (outcome.type === 'ignored') return;
    const evidence = countKind.evidence({ before, after: play, input, outcome }, this.activity, this.services.lang);
    this.play = play;
    if (evidence) this.services.session.answered(evidence);
    const { t } = this.services;
    const chosen = this.options.find((o) => o.n === n)?.card;
    if (outcome.type === 'wrong') {
      // The chosen number shows its ✕ and shakes for a moment (another number may be tried meanwhile).
      feedbackWrong(this, this.services, [chosen], [0], t('feedback.wrong'), () => {
        if (chosen?.container.active) chosen.setLook('idle');
      });
      return;
    }
    this.busy = true;
    const right = this.options.find((o) => o.n === before.items[before.index]?.count)?.card;
    if (outcome.type === 'correct') chosen?.setLook('correct');
    else {
      chosen?.setLook('wrong');
      right?.setLook('correct');
    }
    this.services.effect(outcome.type === 'correct' ? 'correct' : 'wrong');
    this.services.announce(outcome.type === 'correct' ? t('feedback.correct') : t('feedback.revealed', { answer: before.items[before.index]?.count ?? '' }));
    this.time.delayedCall(outcome.type === 'correct' ? 1100 : 2200, () => this.advance());
  }

  private advance(): void {
    if (!this.finished) return this.showItem();
    this.finish();
  }
}

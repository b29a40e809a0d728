import type * as Phaser from 'phaser';
import { pick } from '../../model/activity/lang.ts';
import { memoryKind } from '../../model/kinds/memory/index.ts';
import { revealMemory, turnBack, type MemoryCard, type MemoryPlay } from '../../model/kinds/memory/rules.ts';
import type { MemoryActivity, MemoryFace } from '../../model/kinds/memory/schema.ts';
import { readInstructions, sceneFrame, instructionText } from '../scenes/frame.ts';
import { COLORS, DESIGN, textStyle } from '../theme.ts';
import { CardFace } from '../widgets/card-face.ts';
import { drawIcon } from '../widgets/icons.ts';
import { makeTappable } from '../widgets/tappable.ts';
import type { Twin } from '../../contracts/twins.ts';
import { KindScene } from './kind-scene.ts';

const MISS_PAUSE = 1100;

interface Slot {
  card: MemoryCard;
  back: Phaser.GameObjects.Container;
  face: CardFace;
  twin: Twin;
  n: number;
}

/**
 * The view of `memory`: cards face down in a grid; a tap turns one (and says or plays it); two
 * that make a pair stay up, two that do not turn back after a moment. A third tap during that
 * moment turns them back at once, so a quick child never waits.
 */
export class MemoryScene extends KindScene<MemoryActivity, MemoryPlay> {
  private slots = new Map<string, Slot>();
  /** Turns a missed pair back (at once, or when its moment is over). */
  private backNow: (() => void) | undefined;

  constructor() {
    super(memoryKind);
  }

  protected override reset(): void {
    this.slots = new Map();
    this.backNow = undefined;
  }

  create(): void {
    const { t, twins, lang } = this.services;
    sceneFrame(this, this.services, () => this.readInstructions());
    twins.setLabel(pick(this.activity.title, lang));
    instructionText(this, pick(this.activity.instructions ?? this.activity.title, lang), 30);
    const n = this.play.cards.length;
    // As few rows as keep the cards big: 4 → 2×2, 8 → 2×4, 10 → 2×5, 12 → 3×4, 20 → 4×5.
    const cols = n <= 4 ? 2 : n <= 6 ? 3 : n <= 8 ? 4 : n <= 10 ? 5 : n <= 12 ? 4 : 5;
    const rows = Math.ceil(n / cols);
    const gap = 18;
    const room = 570;
    const h = Math.min(220, (room - gap * (rows - 1)) / rows);
    const w = Math.min(220, h * 1.15, (1180 - gap * (cols - 1)) / cols);
    const top = 115 + (room - (rows * h + (rows - 1) * gap)) / 2;
    this.play.cards.forEach((card, i) => {
      const x = DESIGN.width / 2 + ((i % cols) - (cols - 1) / 2) * (w + gap);
      const y = top + h / 2 + Math.floor(i / cols) * (h + gap);
      const face = this.faceOf(card);
      const label = face.text ? pick(face.text, lang) : undefined;
      const image = face.image ? pick(face.image, lang) : undefined;
      const front = new CardFace(this, x, y, { w, h, ...(label !== undefined && { label }), ...(image && this.textures.exists(image) && { image }) });
      if (!label && !image) {
        const g = this.add.graphics();
        drawIcon(g, 'speaker', h * 0.4, COLORS.brand);
        front.container.add(g);
      }
      front.container.setVisible(false);
      const back = this.backOf(x, y, w, h, i + 1);
      const twin = makeTappable(back, { w, h }, twins, { name: t('memory.down', { n: i + 1 }), onActivate: () => this.turn(card.id) });
      this.slots.set(card.id, { card, back, face: front, twin, n: i + 1 });
    });
    // After a reload: the pairs found before are face up again.
    for (const s of this.slots.values()) if (this.play.found.includes(s.card.pair) || this.play.shown.includes(s.card.pair)) this.settle(s, this.play.found.includes(s.card.pair));
    // One table, no items: "next" and "reveal" both turn every pair up, then the end.
    this.services.controls({ reveal: () => this.reveal(), next: () => this.reveal() });
    this.saveCheckpoint();
    this.services.session.itemShown();
    this.readInstructions();
  }

  /** A pair stays face up: found by the child (with a tick), or shown by the teacher (without). */
  private settle(slot: Slot, found: boolean): void {
    this.show(slot, true);
    slot.face.setLook(found ? 'correct' : 'idle');
    slot.twin.update({ disabled: true });
  }

  private reveal(): void {
    if (this.finished) return;
    this.backNow?.();
    const { play, pairs } = revealMemory(this.play);
    this.play = play;
    for (const s of this.slots.values()) if (pairs.includes(s.card.pair)) this.settle(s, false);
    this.services.announce(this.services.t('controls.reveal'));
    this.time.delayedCall(2500, () => this.finish());
  }

  private faceOf(card: MemoryCard): MemoryFace {
    const pair = this.activity.pairs[card.pair]!;
    return card.side === 'a' ? pair.a : pair.b;
  }

  private backOf(x: number, y: number, w: number, h: number, n: number): Phaser.GameObjects.Container {
    const g = this.add.graphics();
    // The back stands out from the paper (brand blue on cream: 6.7:1, well over 3:1),
    // its number white on it (about 7:1); a pale inner frame says "a card", not "a button".
    g.fillStyle(COLORS.ink, 1).fillRoundedRect(-w / 2, -h / 2 + 6, w, h, 22);
    g.fillStyle(COLORS.brand, 1).fillRoundedRect(-w / 2, -h / 2, w, h, 22);
    g.lineStyle(4, 0x98c1d9, 1).strokeRoundedRect(-w / 2 + 12, -h / 2 + 12, w - 24, h - 24, 14);
    const num = this.add.text(0, 0, String(n), textStyle(40, { color: '#ffffff' })).setOrigin(0.5);
    return this.add.container(x, y, [g, num]);
  }

  private readInstructions(): void {
    readInstructions(this.services, this.activity);
  }

  /**
   * A turned card's accessible name: its word, or what it says. A picture alone is named by
   * its partner's word: for a child who cannot see it, that word is what the picture shows.
   */
  private nameOf(slot: Slot): string {
    const f = this.faceOf(slot.card);
    const pair = this.activity.pairs[slot.card.pair]!;
    const partner = slot.card.side === 'a' ? pair.b : pair.a;
    const { lang, t } = this.services;
    const word = f.text ?? f.say ?? (f.image ? partner.text : undefined);
    return word ? pick(word, lang) : t('play.picture', { n: slot.n });
  }

  private show(slot: Slot, up: boolean): void {
    const { t } = this.services;
    this.tweens.add({
      targets: [slot.back, slot.face.container],
      scaleX: 0,
      duration: 110,
      onComplete: () => {
        slot.back.setVisible(!up);
        slot.face.container.setVisible(up);
        this.tweens.add({ targets: [slot.back, slot.face.container], scaleX: 1, duration: 110 });
      },
    });
    slot.twin.update({ name: up ? t('memory.up', { n: slot.n, name: this.nameOf(slot) }) : t('memory.down', { n: slot.n }) });
  }

  /** What a turned card says: its recording, its `say`, or its word. */
  private voice(slot: Slot): void {
    const f = this.faceOf(slot.card);
    const { lang } = this.services;
    const recording = f.audio ? pick(f.audio, lang) : undefined;
    const text = f.say ? pick(f.say, lang) : f.text ? pick(f.text, lang) : '';
    if (recording || text) this.services.say([{ text, ...(recording && { recording }) }]);
  }

  private turn(id: string): void {
    // A quick child: the missed pair turns back now, and this tap counts.
    this.backNow?.();
    const before = this.play;
    const { play, outcome } = memoryKind.answer(before, id, this.activity);
    if (outcome.type === 'ignored') return;
    this.play = play;
    const slot = this.slots.get(id)!;
    this.show(slot, true);
    this.voice(slot);
    this.services.effect('tap');
    const { t } = this.services;
    if (outcome.type === 'miss') {
      this.services.announce(t('memory.miss'));
      const timer = this.time.delayedCall(MISS_PAUSE, () => this.backNow?.());
      this.backNow = () => {
        timer.remove();
        this.backNow = undefined;
        this.play = turnBack(this.play);
        for (const c of outcome.cards) this.show(this.slots.get(c)!, false);
      };
    }
    if (outcome.type === 'pair') {
      const evidence = memoryKind.evidence({ before, after: play, input: id, outcome }, this.activity, this.services.lang);
      if (evidence) this.services.session.answered(evidence);
      this.services.effect('correct');
      this.services.announce(t('memory.pair'));
      for (const c of outcome.cards) {
        const s = this.slots.get(c)!;
        this.time.delayedCall(240, () => {
          s.face.setLook('correct');
          s.face.pop();
        });
        s.twin.update({ disabled: true });
      }
      this.saveCheckpoint();
      if (this.finished) this.time.delayedCall(1400, () => this.finish());
    }
  }
}

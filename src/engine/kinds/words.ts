import * as Phaser from 'phaser';
import { pick } from '../../model/activity/lang.ts';
import { wordsKind } from '../../model/kinds/words/index.ts';
import { currentWords, nextWords, revealWords, type WordsPlay } from '../../model/kinds/words/rules.ts';
import type { StepCheckpoint } from '../../model/kinds/steps.ts';
import type { WordsActivity } from '../../model/kinds/words/schema.ts';
import type { KindSceneData } from '../services.ts';
import { sceneFrame, instructionText } from '../scenes/frame.ts';
import { KindScene } from './kind-scene.ts';
import { DESIGN, textStyle } from '../theme.ts';
import { drawArea, PlacementBoard, type DropResult } from '../widgets/drag-drop.ts';

const SLOT_Y = 390;
const TILE_Y = 560;
const GAP = 16;

/** A card's width for its text: letters small, words as wide as they need. */
const widthFor = (text: string) => Math.max(100, Math.min(280, 44 + Array.from(text).length * 30));

/**
 * The view of `words`: spell a word from letters or syllables, order the words of a sentence,
 * or fill a blank from a word bank. Cards move with the shared drag-and-drop board (drag, or
 * tap-to-pick and tap-to-place, or the keyboard through the twins). Each item is a fresh run
 * of the scene, carrying the play along.
 */
export class WordsScene extends KindScene<WordsActivity, WordsPlay> {
  private board!: PlacementBoard;
  /** The round is finished (or shown): the next one comes after a pause, or at once on "next". */
  private roundOver = false;

  constructor() {
    super(wordsKind);
  }

  /** Each item is a fresh run of the scene: the play comes along. */
  protected override reset(data: KindSceneData & { words?: WordsPlay }): void {
    if (data.words) this.play = data.words;
  }

  /** The play at the start of an item (same seed, same cards), with the scores before it. */
  private at(p: WordsPlay, to: StepCheckpoint): WordsPlay {
    return { ...p, index: to.item, scores: to.scores, filled: {}, wrong: {}, shown: 0 };
  }

  /** The teacher's next / previous: straight to the start of that item (or the end). */
  private jump(to: StepCheckpoint): void {
    this.time.removeAllEvents();
    this.play = this.at(this.play, to);
    if (this.finished) return this.finish();
    this.scene.restart({ activity: this.activity, services: this.services, words: this.play });
  }

  /** The teacher shows the answer: the right cards fly to the empty slots; the round scores 0. */
  private reveal(): void {
    if (this.roundOver) return;
    const { play, shown } = revealWords(this.play);
    this.play = play;
    for (const s of shown) this.board.send(s.tile, `s${s.slot}`, 'shown');
    this.services.announce(this.services.t('feedback.revealed', { answer: currentWords(this.play).answer }));
    this.finishRound(true);
  }

  create(): void {
    const { t, twins, lang } = this.services;
    const item = this.activity.items[this.play.index]!;
    sceneFrame(this, this.services, () => this.listen());
    this.roundOver = false;
    this.saveCheckpoint();
    // A round over already goes on at once; one not yet is skipped (it scores 0).
    this.stepControls(() => this.play, { over: () => this.roundOver, goOn: () => this.goOn(), jump: (to) => this.jump(to), reveal: () => this.reveal() });
    twins.setLabel(t('play.progress', { n: this.play.index + 1, total: this.play.rounds.length }));
    instructionText(this, pick(this.activity.instructions ?? this.activity.title, lang), 30);
    const image = item.image ? pick(item.image, lang) : undefined;
    if (image && this.textures.exists(image)) {
      const img = this.add.image(DESIGN.width / 2, 205, image);
      img.setScale(Math.min(300 / img.width, 180 / img.height));
    }
    this.board = new PlacementBoard(
      this,
      twins,
      { pick: (name) => t('place.pick', { name }), place: (name) => t('place.into', { name }), nothingPicked: t('place.nothingPicked') },
      (tile, slot) => this.decide(tile, slot),
      this.services.announce,
    );
    this.layoutSlots();
    this.layoutTiles();
    this.board.keepFocus();
    this.services.session.itemShown();
    this.listen();
  }

  /** The slots in a line, with the words around them (a blank's sentence, the end mark). */
  private layoutSlots(): void {
    const round = currentWords(this.play);
    const size = round.type === 'spell' ? 56 : 40;
    const pieces: ({ text: string } | { slot: number; w: number })[] = [];
    round.slots.forEach((s, i) => {
      if (round.before[i]) pieces.push({ text: round.before[i]! });
      pieces.push({ slot: i, w: widthFor(s) });
    });
    if (round.after) pieces.push({ text: round.after });
    const texts = pieces.map((p) => ('text' in p ? this.add.text(0, SLOT_Y, p.text.trim(), textStyle(size)).setOrigin(0, 0.5) : undefined));
    const widthOf = (i: number) => {
      const p = pieces[i]!;
      return 'text' in p ? texts[i]!.width : p.w;
    };
    const total = pieces.reduce((s, _, i) => s + widthOf(i) + GAP, -GAP);
    const scale = Math.min(1, 1180 / total);
    let x = DESIGN.width / 2 - (total * scale) / 2;
    pieces.forEach((p, i) => {
      const w = widthOf(i) * scale;
      if ('text' in p) texts[i]!.setPosition(x, SLOT_Y).setScale(scale);
      else {
        const h = 110 * scale;
        const rect = new Phaser.Geom.Rectangle(x, SLOT_Y - h / 2, w, h);
        const cx = x + w / 2;
        drawArea(this, rect, '', { dashed: true, labelAt: 'center' });
        this.board.addPlace(`s${p.slot}`, rect, this.services.t('place.slot', { n: p.slot + 1 }), () => ({ x: cx, y: SLOT_Y, scale }));
      }
      x += w + GAP * scale;
    });
  }

  /** The cards, in one or two rows under the slots. */
  private layoutTiles(): void {
    const tiles = currentWords(this.play).tiles;
    const rows: (typeof tiles)[] = [[]];
    let used = 0;
    for (const tile of tiles) {
      const w = widthFor(tile.text) + GAP;
      if (used + w > 1180 && rows[rows.length - 1]!.length) {
        rows.push([]);
        used = 0;
      }
      rows[rows.length - 1]!.push(tile);
      used += w;
    }
    rows.forEach((row, r) => {
      const total = row.reduce((s, t) => s + widthFor(t.text) + GAP, -GAP);
      let x = DESIGN.width / 2 - total / 2;
      const y = TILE_Y + r * 120 - (rows.length - 1) * 30;
      for (const tile of row) {
        const w = widthFor(tile.text);
        this.board.addThing(tile.id, x + w / 2, y, { w, h: 100, label: tile.text }, tile.text);
        x += w + GAP;
      }
    });
  }

  private listen(): void {
    if (this.finished) return;
    const round = currentWords(this.play);
    const item = this.activity.items[this.play.index]!;
    const recording = item.audio ? pick(item.audio, this.services.lang) : undefined;
    // A blank is read with a pause where the word goes; the rest are heard whole, then built.
    const text = round.type === 'blank' ? round.answer.replace(round.slots[0]!, '…') : round.answer;
    this.services.say([{ text, ...(recording && round.type !== 'blank' && { recording }) }]);
  }

  private decide(tile: string, slotId: string): { result: DropResult; place: string } {
    const slot = Number(slotId.slice(1));
    const before = this.play;
    const input = { tile, slot };
    const { play, outcome } = wordsKind.answer(before, input, this.activity);
    this.play = play;
    const evidence = wordsKind.evidence({ before, after: play, input, outcome }, this.activity, this.services.lang);
    if (evidence) this.services.session.answered(evidence);
    const { t } = this.services;
    switch (outcome.type) {
      case 'ignored':
        return { result: 'back', place: slotId };
      case 'wrong':
        this.services.effect('wrong');
        this.services.announce(t('feedback.wrong'));
        return { result: 'back', place: slotId };
      case 'correct':
        this.services.effect('correct');
        this.services.announce(t('feedback.correct'));
        if (outcome.roundDone) this.finishRound();
        return { result: 'placed', place: slotId };
      case 'shown': {
        this.services.effect('wrong');
        const right = currentWords(this.play).slots[slot] ?? '';
        this.services.announce(t('place.shown', { name: right }));
        this.time.delayedCall(400, () => this.board.send(outcome.tile, slotId, 'shown'));
        if (outcome.roundDone) this.finishRound();
        return { result: 'back', place: slotId };
      }
    }
  }

  private finishRound(revealed = false): void {
    this.roundOver = true;
    this.time.delayedCall(500, () => this.services.say([{ text: currentWords(this.play).answer }]));
    this.time.delayedCall(revealed ? 3000 : 1700, () => this.goOn());
  }

  /** On to the next round; one with a card shown (by the rules or the teacher) scores 0. */
  private goOn(): void {
    this.time.removeAllEvents();
    this.play = nextWords(this.play);
    if (this.finished) return this.finish();
    this.scene.restart({ activity: this.activity, services: this.services, words: this.play });
  }
}

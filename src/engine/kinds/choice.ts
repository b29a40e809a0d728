import type * as Phaser from 'phaser';
import { pick } from '../../model/activity/lang.ts';
import type { ChoiceActivity } from '../../model/kinds/choice/schema.ts';
import { choiceKind } from '../../model/kinds/choice/index.ts';
import { currentItem, isMultiple, nextItem, previousItem, revealChoice, type ChoiceOutcome, type ChoicePlay } from '../../model/kinds/choice/rules.ts';
import { sceneFrame } from '../scenes/frame.ts';
import { COLORS, DESIGN, textStyle } from '../theme.ts';
import { OptionCard } from '../widgets/option-card.ts';
import { drawIcon } from '../widgets/icons.ts';
import { makeTappable } from '../widgets/tappable.ts';
import { answerNames, feedbackRight, feedbackShown, feedbackWrong } from '../widgets/choice-feedback.ts';
import { KindScene } from './kind-scene.ts';
import { shareLabelSize } from '../widgets/card-face.ts';

const PAUSE_AFTER_RIGHT = 1100;
const PAUSE_AFTER_REVEAL = 2200;

/** The view of `choice`: draws the current item, passes taps to the rules, shows their verdict. */
export class ChoiceScene extends KindScene<ChoiceActivity, ChoicePlay> {
  private cards: OptionCard[] = [];
  private selected = new Set<number>();
  private itemLayer?: Phaser.GameObjects.Container;
  private hintText?: Phaser.GameObjects.Text;
  private busy = false;

  constructor() {
    super(choiceKind);
  }

  protected override reset(): void {
    this.cards = [];
    this.selected = new Set();
    this.busy = false;
  }

  create(): void {
    sceneFrame(this, this.services, () => this.readPrompt());
    this.services.controls({
      reveal: () => this.showOutcome(this.reveal(), []),
      // "Next" on an item not yet done shows its answer briefly, then goes on.
      next: () => (this.play.itemDone ? this.advance() : this.showOutcome(this.reveal(), [], 600)),
      previous: () => {
        this.time.removeAllEvents();
        this.play = previousItem(this.play);
        this.showItem();
      },
    });
    this.showItem();
  }

  private showItem(): void {
    this.itemLayer?.destroy();
    this.hintText = undefined;
    this.cards = [];
    this.selected.clear();
    this.busy = false;
    const { t, lang, twins } = this.services;
    this.saveCheckpoint();
    const item = currentItem(this.play);
    const layer = this.add.container(0, 0);
    this.itemLayer = layer;

    const total = this.activity.items.length;
    twins.setLabel(t('play.progress', { n: this.play.index + 1, total }));
    const progress = this.add.graphics();
    for (let i = 0; i < total; i++) {
      const x = DESIGN.width / 2 + (i - (total - 1) / 2) * 30;
      progress.fillStyle(i < this.play.index ? COLORS.ok : i === this.play.index ? COLORS.brand : COLORS.starEmpty, 1).fillCircle(x, 36, 10);
    }
    const prompt = this.add
      .text(DESIGN.width / 2, 110, pick(item.prompt, lang), textStyle(40, { wordWrap: { width: 1000, useAdvancedWrap: true } }))
      .setOrigin(0.5, 0.5);
    layer.add([progress, prompt]);

    let top = 190;
    const image = item.image ? this.textureFor(pick(item.image, lang)) : undefined;
    if (image) {
      const img = this.add.image(DESIGN.width / 2, 245, image);
      img.setScale(Math.min(300 / img.width, 140 / img.height));
      layer.add(img);
      top = 330;
    }
    const multiple = isMultiple(item);
    const bottom = multiple ? 600 : 690;
    const order = this.play.order[this.play.index] ?? [];
    const cols = order.length <= 4 ? order.length : 3;
    const rows = Math.ceil(order.length / cols);
    const gap = 28;
    const w = Math.min(340, (1200 - gap * (cols - 1)) / cols);
    const h = Math.min(340, (bottom - top - gap * (rows - 1)) / rows);
    // The block of cards sits in the middle of the room left under the prompt.
    const firstY = top + (bottom - top - (rows * h + (rows - 1) * gap)) / 2;
    order.forEach((optionIndex, slot) => {
      const option = item.options[optionIndex];
      if (!option) return;
      const row = Math.floor(slot / cols);
      const inRow = Math.min(cols, order.length - row * cols);
      const col = slot % cols;
      const label = option.text ? pick(option.text, lang) : undefined;
      const spec = {
        x: DESIGN.width / 2 + (col - (inRow - 1) / 2) * (w + gap),
        y: firstY + h / 2 + row * (h + gap),
        w,
        h,
        name: t('play.option', { n: slot + 1, name: label ?? t('play.picture', { n: slot + 1 }) }),
        onActivate: () => this.onOption(optionIndex),
        ...(label !== undefined && { label }),
        ...(option.image && { image: this.textureFor(pick(option.image, lang)) }),
      };
      const card = new OptionCard(this, spec, twins);
      this.cards[optionIndex] = card;
      layer.add(card.container);
    });
    // One set of answers: no label larger than another's.
    shareLabelSize(this.cards.filter((c) => c !== undefined));
    if (multiple) layer.add(this.checkButton());
    twins.keepFocusOn(this.cards[order[0] ?? 0]?.twin);
    this.services.session.itemShown();
    this.readPrompt();
  }

  private checkButton(): Phaser.GameObjects.Container {
    const w = 280;
    const h = 84;
    const g = this.add.graphics();
    g.fillStyle(COLORS.ok, 1).fillRoundedRect(-w / 2, -h / 2, w, h, 42);
    const icon = this.add.graphics();
    drawIcon(icon, 'check', 40, COLORS.card);
    icon.setPosition(-w / 2 + 50, 0);
    const label = this.add.text(20, 0, this.services.t('play.check'), textStyle(36, { color: '#ffffff' })).setOrigin(0.5);
    const c = this.add.container(DESIGN.width / 2, 660, [g, icon, label]);
    makeTappable(c, { w, h }, this.services.twins, { name: this.services.t('play.check'), onActivate: () => this.submit([...this.selected]) });
    return c;
  }

  private textureFor(url: string): string | undefined {
    return this.textures.exists(url) ? url : undefined;
  }

  private readPrompt(): void {
    if (this.finished) return;
    const item = currentItem(this.play);
    const { lang } = this.services;
    this.services.narrate(pick(item.prompt, lang), item.audio ? pick(item.audio, lang) : undefined);
  }

  private onOption(index: number): void {
    if (this.busy || this.play.eliminated.includes(index)) return;
    const item = currentItem(this.play);
    if (!isMultiple(item)) return this.submit([index]);
    const card = this.cards[index];
    const name = card?.name ?? '';
    this.services.effect('tap');
    if (this.selected.has(index)) this.selected.delete(index);
    else this.selected.add(index);
    const on = this.selected.has(index);
    card?.setLook(on ? 'selected' : 'idle');
    card?.twin.update({ pressed: on });
    this.services.announce(this.services.t(on ? 'feedback.selected' : 'feedback.unselected', { name }));
  }

  private submit(selected: number[]): void {
    if (this.busy || selected.length === 0) return;
    const before = this.play;
    const { play, outcome } = choiceKind.answer(before, selected, this.activity);
    const evidence = choiceKind.evidence({ before, after: play, input: selected, outcome }, this.activity, this.services.lang);
    this.play = play;
    if (evidence) this.services.session.answered(evidence);
    this.showOutcome(outcome, selected);
  }

  private reveal(): ChoiceOutcome {
    const { play, outcome } = revealChoice(this.play);
    this.play = play;
    return outcome;
  }

  private showOutcome(outcome: ChoiceOutcome, selected: number[], pause = PAUSE_AFTER_REVEAL): void {
    const { t, lang } = this.services;
    switch (outcome.type) {
      case 'ignored':
        return;
      case 'correct':
        this.busy = true;
        feedbackRight(this.services, this.cards, selected);
        this.time.delayedCall(PAUSE_AFTER_RIGHT, () => this.advance());
        return;
      case 'wrong': {
        const parts = [t('feedback.wrong')];
        const hint = outcome.hint?.text && pick(outcome.hint.text, lang);
        if (hint) parts.push(t('feedback.hint', { hint }));
        feedbackWrong(this, this.services, this.cards, selected, parts.join(' '), () => this.resetLooks());
        if (hint) this.showHint(hint);
        return;
      }
      case 'revealed': {
        this.busy = true;
        feedbackShown(this, this.services, this.cards, selected, outcome.correct, t('feedback.revealed', { answer: answerNames(this.cards, outcome.correct) }));
        this.time.delayedCall(pause, () => this.advance());
        return;
      }
    }
  }

  /** After a wrong try: cards back to normal, except those faded by hints; selections cleared. */
  private resetLooks(): void {
    if (this.busy) return;
    this.selected.clear();
    for (const [i, card] of this.cards.entries()) {
      if (!card) continue;
      const faded = this.play.eliminated.includes(i);
      card.setLook(faded ? 'faded' : 'idle');
      card.twin.update({ disabled: faded, pressed: false });
    }
  }

  private showHint(text: string): void {
    this.hintText?.destroy();
    this.hintText = this.add
      .text(DESIGN.width / 2, 160, text, textStyle(28, { color: '#3d5a80', wordWrap: { width: 1000, useAdvancedWrap: true } }))
      .setOrigin(0.5);
    this.itemLayer?.add(this.hintText);
    this.services.narrate(text);
  }

  private advance(): void {
    this.time.removeAllEvents(); // a "next" from the teacher may come before the pause is over
    this.play = nextItem(this.play);
    if (!this.finished) return this.showItem();
    this.finish();
  }
}

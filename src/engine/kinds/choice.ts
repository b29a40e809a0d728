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
import type { EarlyAnswers } from '../../contracts/early-play.ts';
import type { KindSceneData, PlayServices } from '../services.ts';
import { CHOICE_PLACES, cardPlaces, imageScale, progressDots } from './choice-layout.ts';
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

  /** What the child did on the first item before the engine had loaded, taken up once the scene is made. */
  private early: EarlyAnswers | undefined;

  protected override reset(data: KindSceneData): void {
    this.cards = [];
    this.selected = new Set();
    this.busy = false;
    this.early = data.early;
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
    const early = this.early;
    this.early = undefined;
    this.showItem(early);
    if (early) this.replay(early);
  }

  /**
   * The answers given on the first item drawn before the engine (src/app/first-item/), in order: recorded as
   * evidence at their own times, and shown as they left it, without their sounds and words again (the child
   * heard them); the pause after the last goes on from when it was given.
   */
  private replay(early: EarlyAnswers): void {
    const quiet: PlayServices = { ...this.services, effect: () => undefined, announce: () => undefined };
    for (const a of early.answers) this.submit(a.selected, { at: a.at, services: quiet });
  }

  /** `early`: the item was shown before the engine had loaded (its time), and the child may have answered it. */
  private showItem(early?: EarlyAnswers): void {
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
    const { progress: dot, prompt: at } = CHOICE_PLACES;
    progressDots(total).forEach((x, i) => {
      progress.fillStyle(i < this.play.index ? COLORS.ok : i === this.play.index ? COLORS.brand : COLORS.starEmpty, 1).fillCircle(x, dot.y, dot.r);
    });
    const prompt = this.add
      .text(DESIGN.width / 2, at.y, pick(item.prompt, lang), textStyle(at.size, { wordWrap: { width: at.wrap, useAdvancedWrap: true } }))
      .setOrigin(0.5, 0.5);
    layer.add([progress, prompt]);

    const image = item.image ? this.textureFor(pick(item.image, lang)) : undefined;
    if (image) {
      const img = this.add.image(DESIGN.width / 2, CHOICE_PLACES.image.y, image);
      img.setScale(imageScale(img.width, img.height));
      layer.add(img);
    }
    const multiple = isMultiple(item);
    const order = this.play.order[this.play.index] ?? [];
    const places = cardPlaces(order.length, { image: !!image, multiple });
    order.forEach((optionIndex, slot) => {
      const option = item.options[optionIndex];
      const place = places[slot];
      if (!option || !place) return;
      const label = option.text ? pick(option.text, lang) : undefined;
      const spec = {
        ...place,
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
    this.services.session.itemShown(early?.shownAt);
    // Read at once, unless the child answered before it could be (they asked to hear it: read then).
    if (!early?.answers.length || early.listen) this.readPrompt();
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
    const c = this.add.container(DESIGN.width / 2, CHOICE_PLACES.check.y, [g, icon, label]);
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

  /** `given`: an answer given before the engine had loaded (replay). */
  private submit(selected: number[], given?: { at: number; services: PlayServices }): void {
    if (this.busy || selected.length === 0) return;
    const before = this.play;
    const { play, outcome } = choiceKind.answer(before, selected, this.activity);
    const evidence = choiceKind.evidence({ before, after: play, input: selected, outcome }, this.activity, this.services.lang);
    this.play = play;
    if (evidence) this.services.session.answered(evidence, given?.at);
    this.showOutcome(outcome, selected, PAUSE_AFTER_REVEAL, given);
  }

  private reveal(): ChoiceOutcome {
    const { play, outcome } = revealChoice(this.play);
    this.play = play;
    return outcome;
  }

  private showOutcome(outcome: ChoiceOutcome, selected: number[], pause = PAUSE_AFTER_REVEAL, given?: { at: number; services: PlayServices }): void {
    const { t, lang } = this.services;
    const services = given?.services ?? this.services;
    // The pause after an answer given before the engine had loaded has partly gone by (in the scene's own time).
    const left = (ms: number) => Math.max(0, ms - (given ? (Date.now() - given.at) * this.time.timeScale : 0));
    switch (outcome.type) {
      case 'ignored':
        return;
      case 'correct':
        this.busy = true;
        feedbackRight(services, this.cards, selected);
        this.time.delayedCall(left(PAUSE_AFTER_RIGHT), () => this.advance());
        return;
      case 'wrong': {
        const parts = [t('feedback.wrong')];
        const hint = outcome.hint?.text && pick(outcome.hint.text, lang);
        if (hint) parts.push(t('feedback.hint', { hint }));
        feedbackWrong(this, services, this.cards, selected, parts.join(' '), () => this.resetLooks());
        if (hint) this.showHint(hint);
        return;
      }
      case 'revealed': {
        this.busy = true;
        feedbackShown(this, services, this.cards, selected, outcome.correct, t('feedback.revealed', { answer: answerNames(this.cards, outcome.correct) }));
        this.time.delayedCall(left(pause), () => this.advance());
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
      .text(DESIGN.width / 2, CHOICE_PLACES.hint.y, text, textStyle(CHOICE_PLACES.hint.size, { color: CHOICE_PLACES.hint.color, wordWrap: { width: CHOICE_PLACES.prompt.wrap, useAdvancedWrap: true } }))
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

import * as Phaser from 'phaser';
import { pick } from '../../model/activity/lang.ts';
import { numericKind } from '../../model/kinds/numeric/index.ts';
import type { NumericPlay, Side } from '../../model/kinds/numeric/rules.ts';
import type { NumericActivity } from '../../model/kinds/numeric/schema.ts';
import type { TryOutcome } from '../../model/kinds/tries.ts';
import { skipItem, type StepCheckpoint } from '../../model/kinds/steps.ts';
import { sceneFrame } from '../scenes/frame.ts';
import { KindScene } from './kind-scene.ts';
import { COLORS, DESIGN, hexColor, textStyle } from '../theme.ts';
import { keypad, type KeypadKey } from '../widgets/keypad.ts';
import { feedbackWrong } from '../widgets/choice-feedback.ts';
import { boxOf, markBox, shake, WRONG_HOLD_MS } from '../widgets/feedback.ts';
import { OptionCard } from '../widgets/option-card.ts';

const MAX_DIGITS = 5;

const sideText = (s: Side) => String(typeof s === 'number' ? s : s.count);

/** The view of `numeric`: a sum with a keypad, or two numbers or groups with <, >, =. */
export class NumericScene extends KindScene<NumericActivity, NumericPlay> {
  private layer?: Phaser.GameObjects.Container;
  private typed = '';
  private display?: Phaser.GameObjects.Text;
  private busy = false;
  /** The comparison's sign cards, by sign. */
  private signs = new Map<string, OptionCard>();
  /** A wrong number still shown with its ✕ (cleared by the next key, or after a moment). */
  private wrongMark?: Phaser.GameObjects.Container;

  constructor() {
    super(numericKind);
  }

  create(): void {
    sceneFrame(this, this.services, () => this.read());
    // A teacher at the projector may type on a real keyboard too (read at once, not at Phaser's next frame).
    const stop = this.services.typedKeys((key) => {
      if (/^[0-9]$/.test(key)) this.key(key as KeypadKey);
      else if (key === 'Backspace') this.key('erase');
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
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
    this.play = { ...this.play, index: to.item, scores: to.scores, attempts: 0 };
    this.advance();
  }

  /** The teacher shows the answer in the box, then the next item. */
  private reveal(): void {
    const item = this.play.items[this.play.index];
    if (this.busy || !item) return;
    this.busy = true;
    this.display?.setText(String(item.answer)).setColor('#3d5a80');
    this.services.announce(this.services.t('feedback.revealed', { answer: String(item.answer) }));
    const { item: index, scores } = skipItem(this.play.index, this.play.scores);
    this.play = { ...this.play, index, scores };
    this.time.delayedCall(2200, () => this.advance());
  }

  private showItem(): void {
    this.layer?.destroy();
    this.typed = '';
    this.busy = false;
    this.signs = new Map();
    this.wrongMark = undefined;
    const { t, lang, twins } = this.services;
    const item = this.play.items[this.play.index];
    if (!item) return;
    this.saveCheckpoint();
    // The question goes with the group's name: a screen reader reads it when focus enters.
    const question = item.type === 'typed' ? pick(item.prompt, lang) : `${sideText(item.sides[0])} ? ${sideText(item.sides[1])}`;
    twins.setLabel(`${t('play.progress', { n: this.play.index + 1, total: this.play.items.length })}: ${question}`);
    const parts: Phaser.GameObjects.GameObject[] = [];
    if (item.type === 'typed') {
      // The question stays left of the keypad (which starts at x 762): wrapped, and smaller when long.
      const prompt = this.add.text(430, 230, pick(item.prompt, lang), textStyle(76, { wordWrap: { width: 600, useAdvancedWrap: true } })).setOrigin(0.5);
      while (prompt.height > 250 && Number.parseFloat(String(prompt.style.fontSize)) > 36) prompt.setFontSize(Math.floor(Number.parseFloat(String(prompt.style.fontSize)) * 0.9));
      parts.push(prompt);
      const box = this.add.graphics();
      box.fillStyle(COLORS.card, 1).fillRoundedRect(280, 370, 300, 130, 24).lineStyle(6, COLORS.brand, 1).strokeRoundedRect(280, 370, 300, 130, 24);
      this.display = this.add.text(430, 435, '', textStyle(80)).setOrigin(0.5);
      parts.push(box, this.display);
      parts.push(...keypad(this, 820, 200, twins, { erase: t('keypad.erase'), done: t('keypad.done') }, (k) => this.key(k)));
    } else {
      const [a, b] = item.sides;
      if (item.prompt) parts.push(this.add.text(DESIGN.width / 2, 130, pick(item.prompt, lang), textStyle(40)).setOrigin(0.5));
      parts.push(...this.side(a, 330), ...this.side(b, 950));
      this.display = this.add.text(DESIGN.width / 2, 330, '?', textStyle(110, { color: '#3d5a80' })).setOrigin(0.5);
      parts.push(this.display);
      (['<', '=', '>'] as const).forEach((sign, i) => {
        const card = new OptionCard(this, { x: DESIGN.width / 2 + (i - 1) * 220, y: 590, w: 180, h: 150, label: sign, name: t(`compare.${sign === '<' ? 'lt' : sign === '>' ? 'gt' : 'eq'}`), onActivate: () => this.submit(sign) }, twins);
        this.signs.set(sign, card);
        parts.push(card.container);
      });
    }
    this.layer = this.add.container(0, 0, parts);
    this.services.session.itemShown();
    this.read();
  }

  /** A number drawn big, or a group of pictures in rows of five. */
  private side(s: Side, x: number): Phaser.GameObjects.GameObject[] {
    if (typeof s === 'number') return [this.add.text(x, 330, String(s), textStyle(140)).setOrigin(0.5)];
    const url = pick(s.image, this.services.lang);
    if (!this.textures.exists(url)) return [this.add.text(x, 330, String(s.count), textStyle(140)).setOrigin(0.5)];
    return Array.from({ length: s.count }, (_, i) => {
      const img = this.add.image(x + ((i % 5) - 2) * 78, 280 + Math.floor(i / 5) * 90, url);
      return img.setScale(70 / Math.max(img.width, img.height));
    });
  }

  private read(): void {
    const item = this.play.items[this.play.index];
    if (!item) return;
    const { lang } = this.services;
    const text = item.type === 'typed' ? pick(item.prompt, lang) : item.prompt ? pick(item.prompt, lang) : this.services.t('compare.prompt');
    this.services.narrate(text.replace('?', ''), item.type === 'typed' && item.audio ? pick(item.audio, lang) : undefined);
  }

  private key(k: KeypadKey): void {
    if (this.busy || this.play.items[this.play.index]?.type !== 'typed') return;
    if (k === 'done') return this.submit(this.typed);
    this.services.effect('tap');
    if (this.wrongMark) this.clearWrong();
    if (k === 'erase') this.typed = this.typed.slice(0, -1);
    else if (this.typed.length < MAX_DIGITS) this.typed = this.typed === '0' ? k : this.typed + k;
    this.display?.setText(this.typed);
  }

  private submit(response: string): void {
    if (this.busy) return;
    const before = this.play;
    const { play, outcome } = numericKind.answer(before, response, this.activity);
    if (outcome.type === 'ignored') return;
    const evidence = numericKind.evidence({ before, after: play, input: response, outcome }, this.activity, this.services.lang);
    this.play = play;
    if (evidence) this.services.session.answered(evidence);
    this.feedback(outcome, before, response);
  }

  private feedback(outcome: TryOutcome, before: NumericPlay, response: string): void {
    const { t } = this.services;
    const item = before.items[before.index];
    if (outcome.type === 'wrong') {
      if (item?.type === 'typed') {
        // The wrong number stays in sight, in the "wrong" colour with its ✕, for a moment; the
        // next key starts a new answer at once.
        this.services.effect('wrong');
        this.services.announce(t('feedback.wrong'));
        if (this.display) {
          this.display.setText(response).setColor(hexColor(COLORS.no));
          shake(this, this.display);
          this.wrongMark?.destroy();
          this.wrongMark = markBox(this, boxOf(this.display), 'wrong', 0);
          this.layer?.add(this.wrongMark);
          this.time.delayedCall(WRONG_HOLD_MS, () => this.clearWrong());
        }
        this.typed = '';
      } else {
        // The chosen sign shows its ✕ and shakes.
        const card = this.signs.get(response);
        feedbackWrong(this, this.services, [card], [0], t('feedback.wrong'), () => {
          if (card?.container.active) card.setLook('idle');
        });
      }
      return;
    }
    this.busy = true;
    const answer = item ? String(item.answer) : '';
    this.clearWrong();
    if (item?.type === 'typed') {
      this.display?.setText(answer).setColor(outcome.type === 'correct' ? '#1f6f63' : '#9b2c3a');
      if (this.display && outcome.type === 'correct') this.layer?.add(markBox(this, boxOf(this.display), 'correct'));
    } else {
      this.display?.setText(answer);
      this.signs.get(response)?.setLook(outcome.type === 'correct' ? 'correct' : 'wrong');
      if (outcome.type !== 'correct') this.signs.get(answer)?.setLook('correct');
    }
    this.services.effect(outcome.type === 'correct' ? 'correct' : 'wrong');
    this.services.announce(outcome.type === 'correct' ? t('feedback.correct') : t('feedback.revealed', { answer }));
    this.time.delayedCall(outcome.type === 'correct' ? 1100 : 2200, () => this.advance());
  }

  /** The wrong number and its ✕ go; the box is empty for the next answer. */
  private clearWrong(): void {
    if (!this.wrongMark) return;
    this.wrongMark.destroy();
    this.wrongMark = undefined;
    this.display?.setColor('#1d2b3a');
    if (!this.busy) this.display?.setText(this.typed);
  }

  private advance(): void {
    if (!this.finished) return this.showItem();
    this.finish();
  }
}

import type * as Phaser from 'phaser';
import type { Line } from '../../audio/audio-out.ts';
import { pick } from '../../model/activity/lang.ts';
import type { SyllableActivity } from '../../model/kinds/syllable/schema.ts';
import { syllableKind } from '../../model/kinds/syllable/index.ts';
import { builtText, choosePart, currentRound, nextSyllable, onsetSound, spellAloud, type Part, type SyllablePlay } from '../../model/kinds/syllable/rules.ts';
import type { StepCheckpoint } from '../../model/kinds/steps.ts';
import { TONE_MARK, TONE_NAME, type Tone } from '../../model/vi/tones.ts';
import { sceneFrame, instructionText } from '../scenes/frame.ts';
import { KindScene } from './kind-scene.ts';
import { COLORS, DESIGN, textStyle } from '../theme.ts';
import { OptionCard } from '../widgets/option-card.ts';
import { roundButton } from '../widgets/round-button.ts';
import { makeTappable } from '../widgets/tappable.ts';

const ROW_Y: Record<Part, number> = { onset: 380, rhyme: 500, tone: 620 };
/** A tone card shows the tone's own name, which carries its mark: huyền, sắc, hỏi, ngã, nặng. */
const toneWord = (t: Tone) => TONE_NAME[t].vi.replace('thanh ', '');

/**
 * The view of `syllable` (ghép vần): a picture, the syllable being built, and a row of cards
 * for each part. A card says its sound when tapped; the syllable is judged once every row has
 * one, then spelled aloud the way a class reads it (bờ – a – ba – huyền – bà).
 */
export class SyllableScene extends KindScene<SyllableActivity, SyllablePlay> {
  private layer?: Phaser.GameObjects.Container;
  private cards = new Map<string, OptionCard>();
  private built?: Phaser.GameObjects.Text;
  private busy = false;

  constructor() {
    super(syllableKind);
  }

  create(): void {
    sceneFrame(this, this.services, () => this.sayTarget(), this.services.t('syllable.listen'));
    // A syllable already judged (or shown) goes on as the next button would; one not yet is skipped.
    this.stepControls(() => this.play, {
      over: () => this.play.scores.length > this.play.index,
      goOn: () => this.advance(),
      jump: (to) => this.jump(to),
      reveal: () => this.reveal(),
    });
    this.showItem();
  }

  /** The teacher's next / previous: straight to the start of that syllable (or the end). */
  private jump(to: StepCheckpoint): void {
    this.time.removeAllEvents();
    this.play = { ...this.play, index: to.item, scores: to.scores.slice(0, to.item), chosen: {}, attempt: 1 };
    if (!this.finished) return this.showItem();
    this.finish();
  }

  /** The teacher shows the answer: the right cards, the syllable spelled aloud, then the next. */
  private reveal(): void {
    if (this.busy || this.finished || this.play.scores.length > this.play.index) return;
    this.busy = true;
    const { target } = currentRound(this.play);
    const chosen = { ...(target.onset && { onset: target.onset }), rhyme: target.rhyme, tone: target.tone };
    this.play = { ...this.play, chosen, scores: [...this.play.scores, 0] };
    this.refresh();
    this.built?.setText(currentRound(this.play).text);
    this.services.announce(this.services.t('feedback.revealed', { answer: currentRound(this.play).text }));
    this.spell();
    this.time.delayedCall(3500, () => this.advance());
  }

  private showItem(): void {
    this.layer?.destroy();
    this.cards.clear();
    this.busy = false;
    const { t, lang, twins } = this.services;
    const round = currentRound(this.play);
    const item = this.activity.items[this.play.index]!;
    this.saveCheckpoint();
    const layer = this.add.container(0, 0);
    this.layer = layer;
    twins.setLabel(t('play.progress', { n: this.play.index + 1, total: this.play.rounds.length }));
    layer.add(instructionText(this, pick(this.activity.instructions ?? this.activity.title, lang), 30));

    const image = item.image ? pick(item.image, lang) : undefined;
    if (image && this.textures.exists(image)) {
      const img = this.add.image(200, 220, image);
      img.setScale(Math.min(260 / img.width, 200 / img.height));
      layer.add(img);
    }
    // The syllable as built so far; tapping it spells it aloud again.
    const box = this.add.graphics();
    box.fillStyle(COLORS.card, 1).fillRoundedRect(-220, -70, 440, 140, 28);
    box.lineStyle(6, COLORS.brand, 1).strokeRoundedRect(-220, -70, 440, 140, 28);
    this.built = this.add.text(0, 0, '', textStyle(96)).setOrigin(0.5);
    const builtBox = this.add.container(DESIGN.width / 2 + 60, 210, [box, this.built]);
    makeTappable(builtBox, { w: 440, h: 140 }, twins, { name: t('syllable.hear'), onActivate: () => this.spell() });
    layer.add(builtBox);

    for (const row of round.rows) {
      const y = ROW_Y[row.part];
      layer.add(this.add.text(230, y, t(`syllable.${row.part}`), textStyle(30, { color: '#3d5a80' })).setOrigin(1, 0.5));
      const w = 190;
      row.options.forEach((value, i) => {
        const word = row.part === 'tone' ? toneWord(value as Tone) : value;
        // A tone card shows its mark on a dotted circle (◌̀) beside its name: a child who cannot
        // read the name sees the mark; the twin says the name.
        const label = row.part === 'tone' ? `\u25CC${TONE_MARK[value as Tone]} ${word}` : word;
        const card = new OptionCard(
          this,
          {
            x: 420 + i * (w + 30),
            y,
            w,
            h: 100,
            label,
            name: `${t(`syllable.${row.part}`)}: ${word}`,
            onActivate: () => this.onCard(row.part, value, word),
          },
          twins,
        );
        card.twin.update({ pressed: false });
        this.cards.set(`${row.part}:${value}`, card);
        layer.add(card.container);
      });
    }
    this.refresh();
    twins.keepFocusOn(this.cards.get(`${round.rows[0]!.part}:${round.rows[0]!.options[0]}`)?.twin);
    this.services.session.itemShown();
    this.sayTarget();
  }

  /** The word to build, heard first: the child builds what they hear. */
  private sayTarget(): void {
    if (this.finished) return;
    this.services.say([this.wholeSyllable()]);
  }

  /** Đánh vần, ending on the whole syllable (its recording when the file has one). */
  private spell(): void {
    if (this.finished) return;
    const parts = spellAloud(currentRound(this.play)).slice(0, -1);
    this.services.say([...parts.map((text): Line => ({ text, lang: 'vi' })), this.wholeSyllable()]);
  }

  /** The syllable itself, always in Vietnamese, from the item's recording when there is one. */
  private wholeSyllable(): Line {
    const item = this.activity.items[this.play.index]!;
    const recording = item.audio ? pick(item.audio, this.services.lang) : undefined;
    return { text: currentRound(this.play).text, lang: 'vi', ...(recording && { recording }) };
  }

  private refresh(): void {
    const round = currentRound(this.play);
    for (const row of round.rows) {
      for (const value of row.options) {
        const on = this.play.chosen[row.part] === value;
        const card = this.cards.get(`${row.part}:${value}`);
        card?.setLook(on ? 'selected' : 'idle');
        card?.twin.update({ pressed: on });
      }
    }
    // Nothing chosen yet: a question mark says what the box is for.
    this.built?.setText(builtText(this.play) || '?');
  }

  private onCard(part: Part, value: string, label: string): void {
    if (this.busy) return;
    this.play = choosePart(this.play, part, value);
    this.refresh();
    this.services.effect('tap');
    this.services.say([{ text: part === 'onset' ? onsetSound(value) : label, lang: 'vi' }]);
    if (currentRound(this.play).rows.every((r) => this.play.chosen[r.part] !== undefined)) {
      this.busy = true;
      this.time.delayedCall(350, () => this.check());
    }
  }

  private check(): void {
    const before = this.play;
    const { play, outcome } = syllableKind.answer(before, 'check', this.activity);
    this.play = play;
    const evidence = syllableKind.evidence({ before, after: play, input: 'check', outcome }, this.activity, this.services.lang);
    if (evidence) this.services.session.answered(evidence);
    const { t } = this.services;
    if (outcome.type === 'incomplete') return void (this.busy = false);
    const chosenCards = (p: SyllablePlay) => currentRound(p).rows.map((r) => this.cards.get(`${r.part}:${p.chosen[r.part]}`));
    if (outcome.type === 'wrong') {
      for (const part of outcome.wrongParts) {
        const card = this.cards.get(`${part}:${before.chosen[part]}`);
        card?.setLook('wrong');
        card?.shake();
      }
      this.services.effect('wrong');
      this.services.announce(t('feedback.wrong'));
      this.time.delayedCall(700, () => {
        this.busy = false;
        this.refresh();
      });
      return;
    }
    this.refresh();
    for (const card of chosenCards(this.play)) {
      card?.setLook('correct');
      card?.pop();
    }
    this.services.effect(outcome.type === 'correct' ? 'correct' : 'wrong');
    this.built?.setText(currentRound(this.play).text).setColor('#2a9d8f');
    this.services.announce(outcome.type === 'correct' ? t('feedback.correct') : t('feedback.revealed', { answer: currentRound(this.play).text }));
    this.time.delayedCall(500, () => this.spell());
    const next = roundButton(this, DESIGN.width - 110, 210, 'right', t('play.next'), this.services.twins, () => this.advance(), 110);
    this.layer?.add(next.container);
    // A keyboard or clicker user goes on from where they are: the next button.
    this.services.focusIfKeyboard(next.twin);
  }

  private advance(): void {
    this.time.removeAllEvents();
    this.play = nextSyllable(this.play);
    if (!this.finished) return this.showItem();
    this.finish();
  }
}

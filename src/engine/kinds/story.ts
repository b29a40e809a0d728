import * as Phaser from 'phaser';
import { ownRecording, pick } from '../../model/activity/lang.ts';
import { correctIndices } from '../../model/kinds/choice/rules.ts';
import { storyKind } from '../../model/kinds/story/index.ts';
import { answered, choose, discover, hotspotId, pageOf, startQuestion, turnBack, turnForward, type StoryPlay } from '../../model/kinds/story/rules.ts';
import type { Hotspot, StoryActivity } from '../../model/kinds/story/schema.ts';
import { seededRng } from '../../model/random.ts';
import type { Twin } from '../../contracts/twins.ts';
import { sceneFrame } from '../scenes/frame.ts';
import { COLORS, DESIGN, MIN_TARGET, textStyle } from '../theme.ts';
import { OptionCard } from '../widgets/option-card.ts';
import { roundButton } from '../widgets/round-button.ts';
import { makeTappable } from '../widgets/tappable.ts';
import { fadeAsHint, feedbackRight, feedbackShown, feedbackWrong } from '../widgets/choice-feedback.ts';
import { thenHint } from '../widgets/feedback.ts';
import { KindScene } from './kind-scene.ts';

const SCENE_H = 560;
const SWIPE = 90;
const TEXT_SIZE = 34;

/**
 * The view of `story`: a picture scene with things to find, the page read aloud (the word being
 * read lights up when the file gives timings), pages turned by the arrows, a swipe, the arrow
 * keys or a presentation clicker (PageDown / PageUp). Choice points branch; a question page
 * turns once answered (the choice rules judge it).
 */
export class StoryScene extends KindScene<StoryActivity, StoryPlay> {
  private layer?: Phaser.GameObjects.Container;
  private words: Phaser.GameObjects.Text[] = [];
  private lit = -1;
  private next?: { container: Phaser.GameObjects.Container; twin: Twin };
  private swipeFrom?: { id: number; x: number; y: number };
  private questionDone = false;
  /** The page's things: under an open question they cannot be tapped (nor reached by keyboard behind it). */
  private hotspotTwins: Twin[] = [];
  /** On a question page: the teacher's reveal. */
  private revealQuestion: (() => void) | undefined;

  constructor() {
    super(storyKind);
  }

  create(): void {
    sceneFrame(this, this.services, () => this.read(), this.services.t('story.listen'));
    this.input.on(Phaser.Input.Events.POINTER_DOWN, (p: Phaser.Input.Pointer) => (this.swipeFrom = { id: p.id, x: p.worldX, y: p.worldY }));
    this.input.on(Phaser.Input.Events.POINTER_UP, (p: Phaser.Input.Pointer) => this.swiped(p));
    // PageDown / PageUp of a clicker, and the arrows, turn pages (the player's controls).
    this.services.controls({
      paged: true,
      next: () => this.forward(),
      previous: () => this.back(),
      reveal: () => (this.revealQuestion ? this.revealQuestion() : this.services.announce(this.services.t('controls.notHere'))),
    });
    this.showPage();
  }

  private showPage(): void {
    this.layer?.destroy();
    this.words = [];
    this.lit = -1;
    this.questionDone = false;
    this.hotspotTwins = [];
    this.revealQuestion = undefined;
    this.saveCheckpoint();
    const { t, lang, twins } = this.services;
    const page = pageOf(this.activity, this.play);
    // Under the frame's buttons (home, listen), which are drawn first.
    const layer = this.add.container(0, 0).setDepth(-1);
    this.layer = layer;
    twins.setLabel(`${pick(this.activity.title, lang)}: ${t('story.page', { n: this.play.page + 1 })}`);

    const image = page.image ? pick(page.image, lang) : undefined;
    if (image && this.textures.exists(image)) {
      const img = this.add.image(DESIGN.width / 2, SCENE_H / 2, image);
      img.setScale(Math.max(DESIGN.width / img.width, SCENE_H / img.height));
      layer.add(img);
    }
    const band = this.add.graphics();
    band.fillStyle(COLORS.paper, 1).fillRect(0, SCENE_H, DESIGN.width, DESIGN.height - SCENE_H);
    layer.add(band);
    page.hotspots.forEach((h, i) => this.addHotspot(h, i));
    this.layoutText(page.text ? pick(page.text, lang) : '');

    if (turnBack(this.play)) layer.add(roundButton(this, 64, 640, 'left', t('play.previous'), twins, () => this.back(), 96).container);
    this.next = roundButton(this, DESIGN.width - 64, 640, 'right', t('play.next'), twins, () => this.forward(), 96);
    layer.add(this.next.container);
    if (page.choices) this.showChoices();
    if (page.question) this.showQuestion();
    this.updateNext();
    this.services.session.itemShown();
    this.read();
  }

  /** The page's words laid out one by one in the band under the scene, so each can light up. */
  private layoutText(text: string): void {
    const maxW = DESIGN.width - 300;
    const space = TEXT_SIZE * 0.3;
    const lines: Phaser.GameObjects.Text[][] = [[]];
    let x = 0;
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const w = this.add.text(0, 0, word, textStyle(TEXT_SIZE, { fontStyle: '700' })).setOrigin(0, 0.5);
      if (x + w.width > maxW && lines[lines.length - 1]!.length) {
        lines.push([]);
        x = 0;
      }
      lines[lines.length - 1]!.push(w);
      x += w.width + space;
      this.words.push(w);
    }
    const lineH = TEXT_SIZE * 1.35;
    const top = SCENE_H + (DESIGN.height - SCENE_H) / 2 - ((lines.length - 1) * lineH) / 2;
    lines.forEach((line, r) => {
      const width = line.reduce((s, w) => s + w.width + space, -space);
      let lx = DESIGN.width / 2 - width / 2;
      for (const w of line) {
        w.setPosition(lx, top + r * lineH);
        lx += w.width + space;
      }
    });
    this.layer?.add(this.words);
  }

  private read(): void {
    const page = pageOf(this.activity, this.play);
    const { lang } = this.services;
    const text = page.text ? pick(page.text, lang) : '';
    const recording = ownRecording(page.audio, lang);
    if (!text && !recording) return;
    this.services.announce(text);
    this.services.say([{ text, ...(recording && { recording }) }]);
  }

  /** Read-aloud highlighting: the word whose start time has come lights up. */
  update(): void {
    const page = pageOf(this.activity, this.play);
    const { lang } = this.services;
    // Timings belong to a recording: none when this language is read by speech.
    const timing = !ownRecording(page.audio, lang) ? undefined : Array.isArray(page.timing) ? page.timing : page.timing?.[lang];
    if (!timing || this.words.length === 0) return;
    const at = this.services.narrationPosition();
    let i = -1;
    if (at !== undefined) while (i + 1 < timing.length && timing[i + 1]! <= at) i++;
    if (i === this.lit) return;
    this.words[this.lit]?.setColor('#1d2b3a');
    this.words[i]?.setColor('#e76f51');
    this.lit = i;
  }

  private addHotspot(h: Hotspot, i: number): void {
    const { lang, twins } = this.services;
    const x = (h.x / 100) * DESIGN.width;
    const y = (h.y / 100) * SCENE_H;
    const w = Math.max(MIN_TARGET, (h.w / 100) * DESIGN.width);
    const hh = Math.max(MIN_TARGET, (h.h / 100) * SCENE_H);
    const c = this.add.container(x + w / 2, y + hh / 2);
    const image = h.image ? pick(h.image, lang) : undefined;
    if (image && this.textures.exists(image)) {
      const img = this.add.image(0, 0, image);
      img.setScale(Math.min(w / img.width, hh / img.height));
      c.add(img);
    }
    // A soft glow until found: a child who cannot read sees where to tap.
    const ring = this.add.graphics();
    ring.lineStyle(6, 0xffffff, 0.9).strokeEllipse(0, 0, w * 0.9, hh * 0.9);
    c.add(ring);
    this.tweens.add({ targets: ring, alpha: 0.25, duration: 900, yoyo: true, repeat: -1 });
    if (this.play.found.includes(`${this.play.page}:${hotspotId(pageOf(this.activity, this.play), i)}`)) ring.setVisible(false);
    this.hotspotTwins.push(makeTappable(c, { w, h: hh }, twins, { name: pick(h.label, lang), onActivate: () => this.tapHotspot(h, i, c, ring) }));
    this.layer?.add(c);
  }

  private tapHotspot(h: Hotspot, i: number, c: Phaser.GameObjects.Container, ring: Phaser.GameObjects.Graphics): void {
    const { lang } = this.services;
    const page = pageOf(this.activity, this.play);
    const { play, first } = discover(this.activity, this.play, i);
    this.play = play;
    const label = pick(h.label, lang);
    if (first) {
      this.services.effect('discover');
      this.services.session.experienced({ path: `page:${this.play.page + 1}:hotspot:${hotspotId(page, i)}`, name: h.label, competencies: this.activity.competencies });
      ring.setVisible(false);
    }
    const sound = h.sound ? pick(h.sound, lang) : undefined;
    const say = pick(h.say ?? h.label, lang);
    this.services.say([...(sound ? [{ text: '', recording: sound }] : []), { text: say }]);
    this.services.announce(label);
    this.animate(c, h.animation);
    this.bubble(c.x, c.y - c.height / 2, label);
  }

  private animate(c: Phaser.GameObjects.Container, how: Hotspot['animation']): void {
    this.tweens.killTweensOf(c);
    c.setAngle(0).setScale(1);
    const y = c.y;
    if (how === 'bounce') this.tweens.add({ targets: c, y: y - 30, duration: 180, yoyo: true, repeat: 1, ease: 'Quad.Out', onComplete: () => c.setY(y) });
    if (how === 'wiggle') this.tweens.add({ targets: c, angle: 8, duration: 90, yoyo: true, repeat: 3, onComplete: () => c.setAngle(0) });
    if (how === 'spin') this.tweens.add({ targets: c, angle: 360, duration: 700, ease: 'Cubic.InOut', onComplete: () => c.setAngle(0) });
    if (how === 'grow') this.tweens.add({ targets: c, scale: 1.25, duration: 250, yoyo: true, ease: 'Back.Out' });
  }

  /** The thing's word, in a bubble above it for a moment. */
  private bubble(x: number, y: number, word: string): void {
    const text = this.add.text(0, 0, word, textStyle(36)).setOrigin(0.5);
    const w = text.width + 40;
    const g = this.add.graphics();
    g.fillStyle(COLORS.card, 0.95).fillRoundedRect(-w / 2, -34, w, 68, 34).lineStyle(4, COLORS.brand, 1).strokeRoundedRect(-w / 2, -34, w, 68, 34);
    // Wholly above the thing (its foot 8 above the thing's top): it overlapped the thing by 24, and with the
    // thing's keyboard focus ring drawn there the ring crossed the word (the ạ of "hạt mầm").
    const b = this.add.container(Phaser.Math.Clamp(x, w / 2 + 10, DESIGN.width - w / 2 - 10), Math.max(50, y - 34 - 8), [g, text]).setDepth(20);
    this.layer?.add(b);
    this.tweens.add({ targets: b, alpha: 0, delay: 1800, duration: 400, onComplete: () => b.destroy() });
  }

  private showChoices(): void {
    const page = pageOf(this.activity, this.play);
    const { lang, twins, t } = this.services;
    const list = page.choices ?? [];
    const w = 320;
    list.forEach((choice, i) => {
      const label = pick(choice.text, lang);
      const image = choice.image ? pick(choice.image, lang) : undefined;
      const card = new OptionCard(
        this,
        {
          x: DESIGN.width / 2 + (i - (list.length - 1) / 2) * (w + 40),
          y: 400,
          w,
          h: image ? 240 : 120,
          label,
          ...(image && this.textures.exists(image) && { image }),
          name: t('story.choice', { name: label }),
          onActivate: () => this.choose(i, label),
        },
        twins,
      );
      this.layer?.add(card.container);
    });
  }

  private choose(i: number, label: string): void {
    const next = choose(this.activity, this.play, i);
    if (!next) return;
    this.services.session.experienced({ path: `page:${this.play.page + 1}:choice`, name: pageOf(this.activity, this.play).text ?? label, response: label, competencies: this.activity.competencies });
    this.services.effect('tap');
    this.play = next;
    this.showPage();
  }

  /** A question between pages: the choice rules and choice's feedback, one item, its evidence numbered among the story's questions. */
  private showQuestion(): void {
    let question = startQuestion(this.activity, this.play, seededRng(this.services.seed + this.play.page));
    const item = question?.activity.items[0];
    if (!question || !item) return;
    const { lang, twins, t } = this.services;
    // The panel covers the scene: its things wait until the question is answered (a keyboard or a
    // clicker reached them behind the panel, and their focus ring crossed the answers' words).
    for (const h of this.hotspotTwins) h.update({ disabled: true });
    const panel = this.add.graphics();
    panel.fillStyle(COLORS.paper, 0.94).fillRoundedRect(140, 120, 1000, 420, 30);
    this.layer?.add(panel);
    this.layer?.add(this.add.text(DESIGN.width / 2, 180, pick(item.prompt, lang), textStyle(38, { wordWrap: { width: 900, useAdvancedWrap: true } })).setOrigin(0.5));
    const order = question.order[0] ?? [];
    const w = Math.min(280, 900 / order.length - 20);
    /** By option index, as the rules number them. */
    const cards: OptionCard[] = [];
    const correct = correctIndices(item);
    const ended = (play: StoryPlay) => {
      this.questionDone = true;
      for (const h of this.hotspotTwins) h.update({ disabled: false });
      this.play = play;
      this.updateNext();
      this.time.delayedCall(1400, () => this.forward());
    };
    order.forEach((optionIndex, slot) => {
      const option = item.options[optionIndex]!;
      const label = option.text ? pick(option.text, lang) : undefined;
      const image = option.image ? pick(option.image, lang) : undefined;
      const onActivate = () => {
        if (this.questionDone || !question || cards[optionIndex]?.look === 'faded') return;
        const before = this.play;
        const input = { question, selected: [optionIndex] };
        const { play, outcome } = storyKind.answer(before, input, this.activity);
        question = outcome.question;
        const ev = storyKind.evidence({ before, after: play, input, outcome }, this.activity, lang);
        if (ev) this.services.session.answered(ev);
        const o = outcome.choice;
        if (o.type === 'ignored') return;
        if (o.type === 'wrong') {
          // As choice: the hint's text said with the wrong, then (hintAfter) a wrong option fades.
          const hint = o.hint?.text && pick(o.hint.text, lang);
          const said = hint ? `${t('feedback.wrong')} ${t('feedback.hint', { hint })}` : t('feedback.wrong');
          feedbackWrong(this, this.services, cards, [optionIndex], said, () => !this.questionDone && cards[optionIndex]?.look !== 'faded' && cards[optionIndex]?.setLook('idle'));
          const fade = o.hint?.eliminate === undefined ? undefined : cards[o.hint.eliminate];
          return thenHint(this, this.services, !!fade, () => fade && fadeAsHint(this.services, fade), () => !this.questionDone);
        }
        if (o.type === 'correct') feedbackRight(this.services, cards, [optionIndex]);
        else feedbackShown(this, this.services, cards, [optionIndex], correct, t('story.answerShown'));
        ended(play);
      };
      const spec = {
        x: DESIGN.width / 2 + (slot - (order.length - 1) / 2) * (w + 24),
        y: 380,
        w,
        h: 220,
        ...(label !== undefined && { label }),
        ...(image && this.textures.exists(image) && { image }),
        name: t('play.option', { n: slot + 1, name: label ?? t('play.picture', { n: slot + 1 }) }),
        onActivate,
      };
      cards[optionIndex] = new OptionCard(this, spec, twins);
      this.layer?.add(cards[optionIndex].container);
    });
    // The teacher shows the answer (projector): the question scores 0, the story goes on.
    this.revealQuestion = () => {
      if (this.questionDone) return;
      feedbackShown(this, this.services, cards, [], correct, t('story.answerShown'));
      ended(answered(this.play, 0));
    };
    twins.keepFocusOn(cards[order[0] ?? 0]?.twin);
  }

  private updateNext(): void {
    const page = pageOf(this.activity, this.play);
    const blocked = !!page.choices || (!!page.question && this.play.answers[this.play.page] === undefined);
    this.next?.container.setVisible(!blocked);
    this.next?.twin.update({ disabled: blocked });
  }

  private forward(): void {
    // A "next" pressed while an answered question waits to turn the page turns it once, not twice.
    this.time.removeAllEvents();
    const { play, turn } = turnForward(this.activity, this.play);
    if (turn.type === 'blocked') return this.services.announce(this.services.t(turn.why === 'choose' ? 'story.chooseFirst' : 'story.answerFirst'));
    if (turn.type === 'end') return this.finish();
    this.play = play;
    this.services.effect('tap');
    this.showPage();
  }

  private back(): void {
    const prev = turnBack(this.play);
    if (!prev) return;
    this.play = prev;
    this.showPage();
  }

  private swiped(p: Phaser.Input.Pointer): void {
    const from = this.swipeFrom;
    this.swipeFrom = undefined;
    if (!from || from.id !== p.id) return;
    const dx = p.worldX - from.x;
    if (Math.abs(dx) < SWIPE || Math.abs(dx) < Math.abs(p.worldY - from.y) * 1.5) return;
    if (dx < 0) this.forward();
    else this.back();
  }
}

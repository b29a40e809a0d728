import * as Phaser from 'phaser';
import { pick } from '../../model/activity/lang.ts';
import { pathKind } from '../../model/kinds/path/index.ts';
import { expand, idleRepeats, MOVES, moveSources, pathAt, routeProgram, runProgram, shortestRoute, STEP, type Card, type PathPlay, type Run } from '../../model/kinds/path/rules.ts';
import type { PathActivity, PathPuzzle } from '../../model/kinds/path/schema.ts';
import { skipItem, type StepCheckpoint } from '../../model/kinds/steps.ts';
import { instructionText, readInstructions, readsAloudEachItem, sceneFrame } from '../scenes/frame.ts';
import { KindScene } from './kind-scene.ts';
import { pathLayout, type PathLayout } from './path-layout.ts';
import { COLORS, textStyle } from '../theme.ts';
import { HINT_MS, markBox, thenHint, WRONG_HOLD_MS } from '../widgets/feedback.ts';
import { drawIcon, type IconName } from '../widgets/icons.ts';
import { makeTappable } from '../widgets/tappable.ts';

const STEP_MS = 300;

/** The view of `path`: the grid and robot on the left; arrow cards, the program and Run on the right. */
export class PathScene extends KindScene<PathActivity, PathPlay> {
  /** Counts puzzles shown: a run still animating when the teacher moves on is then ignored. */
  private shownAt = 0;
  private program: Card[] = [];
  private running = false;
  private layer?: Phaser.GameObjects.Container;
  private strip?: Phaser.GameObjects.Container;
  private robot?: Phaser.GameObjects.Container;
  private cell = 80;
  /** Where things go: on the right of the grid, or under it on a portrait screen (path-layout.ts). */
  private layout: PathLayout = pathLayout(1280, 720);

  constructor() {
    super(pathKind);
  }

  create(): void {
    const { lang } = this.services;
    sceneFrame(this, this.services, () => this.read());
    instructionText(this, pick(this.activity.instructions ?? this.activity.title, lang), 32);
    // A puzzle solved goes on at once; one not yet is skipped (it scores 0).
    this.stepControls(() => this.play, { over: () => this.play.scores.length > this.play.index, goOn: () => this.next(), jump: (to) => this.jump(to), reveal: () => void this.reveal() });
    this.layout = this.layoutNow();
    // A tablet turned: the cards move under the grid (or back beside it), the program kept.
    const turned = () => {
      const next = this.layoutNow();
      if (next.tall === this.layout.tall || this.running) return;
      this.layout = next;
      this.draw();
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, turned);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, turned));
    this.showPuzzle();
  }

  private layoutNow(): PathLayout {
    return pathLayout(this.scale.gameSize.width, this.scale.gameSize.height);
  }

  private jump(to: StepCheckpoint): void {
    this.time.removeAllEvents();
    this.tweens.killAll();
    this.play = pathAt(to.item, to.scores);
    this.showOrEnd();
  }

  private get puzzle(): PathPuzzle {
    return this.activity.items[this.play.index] as PathPuzzle;
  }

  private read(): void {
    readInstructions(this.services, this.activity);
  }

  private at(x: number, y: number): { x: number; y: number } {
    const p = this.puzzle;
    const { grid } = this.layout;
    const left = grid.x + (grid.w - p.cols * this.cell) / 2;
    const top = grid.y + (grid.h - p.rows * this.cell) / 2;
    return { x: left + x * this.cell + this.cell / 2, y: top + y * this.cell + this.cell / 2 };
  }

  private showPuzzle(): void {
    this.program = [];
    this.running = false;
    this.shownAt += 1;
    this.saveCheckpoint();
    const { t, twins } = this.services;
    const p = this.puzzle;
    twins.setLabel(t('path.label', { n: this.play.index + 1, total: this.activity.items.length, gx: p.goal.x + 1, gy: p.goal.y + 1, rx: p.start.x + 1, ry: p.start.y + 1 }));
    this.draw();
    this.services.session.itemShown();
    if (readsAloudEachItem(this.activity)) this.read();
  }

  /** The puzzle's grid, robot, cards and buttons, and the program so far, in the layout of the screen. */
  private draw(): void {
    this.layer?.destroy();
    this.strip = undefined;
    const { t } = this.services;
    const p = this.puzzle;
    const { grid, maxCell } = this.layout;
    this.cell = Math.min(maxCell, grid.w / p.cols, grid.h / p.rows);
    const parts: Phaser.GameObjects.GameObject[] = [];
    const g = this.add.graphics();
    for (let y = 0; y < p.rows; y++) {
      for (let x = 0; x < p.cols; x++) {
        const c = this.at(x, y);
        g.fillStyle((x + y) % 2 ? 0xe9f5db : 0xd8f3dc, 1).fillRect(c.x - this.cell / 2, c.y - this.cell / 2, this.cell, this.cell);
      }
    }
    g.lineStyle(4, COLORS.brand, 1).strokeRect(this.at(0, 0).x - this.cell / 2, this.at(0, 0).y - this.cell / 2, p.cols * this.cell, p.rows * this.cell);
    for (const o of p.obstacles) {
      const c = this.at(o.x, o.y);
      g.fillStyle(0x8d99ae, 1).fillRoundedRect(c.x - this.cell * 0.38, c.y - this.cell * 0.34, this.cell * 0.76, this.cell * 0.68, 14);
    }
    const goal = this.add.graphics();
    drawIcon(goal, 'star', this.cell * 0.8, COLORS.star);
    goal.setPosition(this.at(p.goal.x, p.goal.y).x, this.at(p.goal.x, p.goal.y).y);
    parts.push(g, goal);
    this.robot = this.makeRobot();
    parts.push(this.robot);

    // The palette of cards.
    const cards: Card[] = [...MOVES, ...(this.activity.repeat ? (['repeat2', 'repeat3'] as const) : [])];
    cards.forEach((card, i) => parts.push(this.cardButton(card, this.layout.palette(i), () => this.add1(card), t('path.add', { card: t(`path.cards.${card}`) }))));
    parts.push(this.iconButton(this.layout.clear, 'erase', t('path.clear'), COLORS.starEmpty, COLORS.ink, () => this.clear()));
    parts.push(this.iconButton(this.layout.run, 'play', t('path.run'), COLORS.ok, COLORS.card, () => void this.run()));
    this.layer = this.add.container(0, 0, parts);
    this.drawStrip();
  }

  private makeRobot(): Phaser.GameObjects.Container {
    const s = this.cell * 0.36;
    const body = this.add.graphics();
    body.fillStyle(COLORS.brand, 1).fillRoundedRect(-s, -s, 2 * s, 2 * s, s * 0.4);
    body.fillStyle(COLORS.card, 1).fillCircle(-s * 0.4, -s * 0.15, s * 0.28).fillCircle(s * 0.4, -s * 0.15, s * 0.28);
    body.fillStyle(COLORS.ink, 1).fillCircle(-s * 0.4, -s * 0.15, s * 0.12).fillCircle(s * 0.4, -s * 0.15, s * 0.12);
    body.fillStyle(COLORS.selected, 1).fillRect(-s * 0.4, s * 0.4, s * 0.8, s * 0.2);
    const at = this.at(this.puzzle.start.x, this.puzzle.start.y);
    return this.add.container(at.x, at.y, [body]);
  }

  private cardButton(card: Card, { x, y, size }: { x: number; y: number; size: number }, onActivate: () => void, name: string): Phaser.GameObjects.Container {
    const g = this.add.graphics();
    g.fillStyle(COLORS.brand, 1).fillRoundedRect(-size / 2, -size / 2 + 4, size, size, 16);
    g.fillStyle(card.startsWith('repeat') ? COLORS.okFill : COLORS.card, 1).fillRoundedRect(-size / 2 + 3, -size / 2 + 3, size - 6, size - 6, 14);
    const parts: Phaser.GameObjects.GameObject[] = [g];
    if (card === 'repeat2' || card === 'repeat3') parts.push(this.add.text(0, 0, card === 'repeat2' ? '×2' : '×3', textStyle(size * 0.42)).setOrigin(0.5));
    else {
      const icon = this.add.graphics();
      drawIcon(icon, card, size * 0.62, COLORS.brand);
      parts.push(icon);
    }
    const c = this.add.container(x, y, parts);
    makeTappable(c, { w: size, h: size }, this.services.twins, { name, onActivate });
    return c;
  }

  /** Clear (⌫) and run (▶): icons a child who cannot read knows; the twin says the word. */
  private iconButton({ x, y, w, h }: { x: number; y: number; w: number; h: number }, name: IconName, label: string, fill: number, color: number, onActivate: () => void): Phaser.GameObjects.Container {
    const g = this.add.graphics();
    g.fillStyle(fill, 1).fillRoundedRect(-w / 2, -h / 2, w, h, 24);
    const icon = this.add.graphics();
    drawIcon(icon, name, 56, color);
    const c = this.add.container(x, y, [g, icon]);
    makeTappable(c, { w, h }, this.services.twins, { name: label, onActivate });
    return c;
  }

  /** The program so far, as small cards; tapping one takes it out. */
  private drawStrip(): void {
    this.strip?.destroy();
    const { t } = this.services;
    const parts = this.program.map((card, i) => this.cardButton(card, this.layout.program(i), () => this.remove(i), t('path.step', { n: i + 1, card: t(`path.cards.${card}`) })));
    this.strip = this.add.container(0, 0, parts);
    this.layer?.add(this.strip);
  }

  private add1(card: Card): void {
    if (this.running || this.program.length >= this.activity.maxCards) return;
    this.program.push(card);
    this.services.effect('tap');
    this.services.announce(this.services.t('path.added', { n: this.program.length, card: this.services.t(`path.cards.${card}`) }));
    this.drawStrip();
  }

  private remove(i: number): void {
    if (this.running) return;
    this.program.splice(i, 1);
    this.drawStrip();
  }

  private clear(): void {
    if (this.running) return;
    this.program = [];
    this.drawStrip();
  }

  private async run(): Promise<void> {
    if (this.running || this.program.length === 0) return;
    // A repeat card with no arrow after it: the child is told where it goes, and the robot waits.
    const idle = idleRepeats(this.program);
    if (idle.length) {
      // Shown on the card too, never by the sound and the live region alone.
      const card = this.strip?.list[idle[0] ?? 0] as Phaser.GameObjects.Container | undefined;
      const size = this.layout.program(0).size;
      if (card) this.layer?.add(markBox(this, { x: card.x - size / 2, y: card.y - size / 2, w: size, h: size }, 'wrong'));
      this.services.effect('wrong');
      return this.services.announce(this.services.t('path.repeatNothing', { n: (idle[0] ?? 0) + 1 }));
    }
    this.running = true;
    const start = this.at(this.puzzle.start.x, this.puzzle.start.y);
    this.robot?.setPosition(start.x, start.y).setAngle(0);
    const before = this.play;
    const input = [...this.program];
    const { play, outcome } = pathKind.answer(before, input, this.activity);
    this.play = play;
    const { run } = outcome;
    const puzzle = this.shownAt;
    const evidence = pathKind.evidence({ before, after: play, input, outcome }, this.activity, this.services.lang);
    if (evidence) this.services.session.answered(evidence);
    await this.animate(run);
    if (puzzle !== this.shownAt) return; // the teacher moved to another puzzle during the run
    const { t } = this.services;
    if (run.end === 'reached') {
      this.services.effect('correct');
      this.services.announce(t('path.reached'));
      this.time.delayedCall(900, () => this.next());
      return;
    }
    this.services.effect('wrong');
    this.services.announce(run.end === 'bump' ? t('path.bump', { n: run.bumpAt }) : t('path.miss'));
    // Drawn where it happened: the robot, where it bumped or stopped short, outlined with its ✕.
    const r = this.robot;
    if (r) {
      // A bump is marked on the edge the robot hit (between it and the rock or the border);
      // a miss, on the robot where it stopped.
      const move = run.end === 'bump' && run.bumpAt ? expand(input)[run.bumpAt - 1] : undefined;
      const d = move ? STEP[move] : { dx: 0, dy: 0 };
      const c = this.cell * (move ? 0.5 : 0.8);
      const x = r.x + d.dx * this.cell * 0.5;
      const y = r.y + d.dy * this.cell * 0.5;
      this.layer?.add(markBox(this, { x: x - c / 2, y: y - c / 2, w: c, h: c }, 'wrong'));
    }
    // Then the hint (hintAfter): the way to the star, dotted on the grid for a moment.
    thenHint(this, this.services, outcome.hint, () => this.showRoute(), () => puzzle === this.shownAt && !this.running);
    // The program can be mended at once; the robot stays where it stopped until the next run.
    this.running = false;
  }

  /**
   * The teacher's "show the answer": a right program laid out as cards, and the robot walks it from
   * the start; the puzzle scores 0 (as one skipped), and the next comes after a moment.
   */
  private async reveal(): Promise<void> {
    if (this.running || this.play.scores.length > this.play.index) return;
    const program = routeProgram(this.puzzle, !!this.activity.repeat);
    if (!program.length) return;
    const puzzle = this.shownAt;
    this.play = { ...this.play, scores: skipItem(this.play.index, this.play.scores).scores };
    this.program = program;
    this.drawStrip();
    this.running = true;
    const start = this.at(this.puzzle.start.x, this.puzzle.start.y);
    this.robot?.setPosition(start.x, start.y).setAngle(0);
    const { t } = this.services;
    this.services.announce(t('feedback.revealed', { answer: program.map((c) => t(`path.cards.${c}`)).join(', ') }));
    await this.animate(runProgram(this.puzzle, program));
    if (puzzle !== this.shownAt) return;
    this.time.delayedCall(1500, () => this.next());
  }

  /** A shortest way from the start to the star, as footprints in the hint colour, fading after a moment. */
  private showRoute(): string {
    const g = this.add.graphics().setDepth(31);
    g.fillStyle(COLORS.selected, 0.9);
    for (const c of shortestRoute(this.puzzle).slice(1, -1)) {
      const p = this.at(c.x, c.y);
      g.fillCircle(p.x, p.y, this.cell * 0.16);
    }
    // Under the robot: where it stopped on the way, a footprint was drawn on its face.
    this.layer?.addAt(g, this.robot ? this.layer.getIndex(this.robot) : this.layer.length);
    this.tweens.add({ targets: g, alpha: 0, delay: HINT_MS, duration: 400, onComplete: () => g.destroy() });
    return this.services.t('hints.way');
  }

  private animate(run: Run): Promise<void> {
    return new Promise((resolve) => {
      const steps = run.trail.slice(1).map((c) => this.at(c.x, c.y));
      const robot = this.robot;
      if (!robot) return resolve();
      // The robot walks its program: the card it plays lifts while it moves.
      const sources = moveSources(this.program);
      const cards = (this.strip?.list ?? []) as Phaser.GameObjects.Container[];
      const light = (i: number | undefined) => cards.forEach((card, k) => card.setY(card.getData('y') - (k === i ? 12 : 0)).setAlpha(i === undefined || k === i ? 1 : 0.6));
      for (const card of cards) card.setData('y', card.y);
      const chain = steps.map((p, i) => ({ x: p.x, y: p.y, duration: STEP_MS, ease: 'Sine.InOut', onStart: () => light(sources[i]) }));
      const end = () => {
        light(run.end === 'bump' ? sources[(run.bumpAt ?? 1) - 1] : undefined);
        // The card that bumped stays lifted a moment beside the mark.
        if (run.end === 'bump') this.time.delayedCall(WRONG_HOLD_MS, () => light(undefined));
        resolve();
      };
      const bump = () => this.tweens.add({ targets: robot, angle: 12, duration: 70, yoyo: true, repeat: 2, onComplete: end });
      if (chain.length === 0) return run.end === 'bump' ? bump() : end();
      this.tweens.chain({ targets: robot, tweens: chain, onComplete: () => (run.end === 'bump' ? bump() : end()) });
    });
  }

  private next(): void {
    this.time.removeAllEvents();
    this.play = pathAt(this.play.index + 1, this.play.scores);
    this.showOrEnd();
  }

  private showOrEnd(): void {
    if (!this.finished) return this.showPuzzle();
    this.finish();
  }
}

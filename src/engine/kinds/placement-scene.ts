import { pick, type Lang, type Localized } from '../../model/activity/lang.ts';
import type { Activity } from '../../model/activity/schema.ts';
import type { AnswerStep } from '../../model/kinds/definition.ts';
import { revealPlacement, type PlacementLabels, type PlacementMove, type PlacementOutcome, type PlacementPlay } from '../../model/kinds/placement.ts';
import type { AnswerEvidence } from '../../model/evidence/answer-evidence.ts';
import { readInstructions, sceneFrame, instructionText } from '../scenes/frame.ts';
import { PlacementBoard, type DropResult } from '../widgets/drag-drop.ts';
import { KindScene, type PlayRules } from './kind-scene.ts';

/** The definition of a placement kind (sort, match, sequence), as its view uses it. */
export interface PlacementKind<A extends Activity> extends PlayRules<A, PlacementPlay> {
  answer(play: PlacementPlay, move: PlacementMove, a: A): { play: PlacementPlay; outcome: PlacementOutcome };
  evidence(step: AnswerStep<PlacementPlay, PlacementMove, PlacementOutcome>, a: A, lang: Lang): AnswerEvidence | undefined;
}

/**
 * The view shared by sort, match and sequence: a title, the board, the verdicts. Each kind
 * says how its play starts, how its things and places are named, and where they go.
 */
export abstract class PlacementScene<A extends Activity> extends KindScene<A, PlacementPlay> {
  protected board!: PlacementBoard;
  private labels!: PlacementLabels;

  protected constructor(private readonly placement: PlacementKind<A>) {
    super(placement);
  }

  protected abstract labelsOf(a: A): PlacementLabels;
  /** Draw the places and the things on the board (things in `this.play.order`). */
  protected abstract layout(): void;

  protected override reset(): void {
    this.labels = this.labelsOf(this.activity);
  }

  create(): void {
    const { t, twins, lang } = this.services;
    twins.setLabel(pick(this.activity.title, lang));
    sceneFrame(this, this.services, () => this.readInstructions());
    const heading = this.activity.instructions ?? this.activity.title;
    instructionText(this, pick(heading, lang), 34);
    this.board = new PlacementBoard(
      this,
      twins,
      {
        pick: (name) => t('place.pick', { name }),
        place: (name) => t('place.into', { name }),
        nothingPicked: t('place.nothingPicked'),
      },
      (thing, where) => this.decide(thing, where),
      this.services.announce,
    );
    this.layout();
    // After a reload: what was placed before goes back on the board.
    for (const r of this.play.results) {
      const where = this.play.placed[r.thing];
      if (where !== undefined) this.board.send(r.thing, where, r.shown ? 'shown' : 'placed');
    }
    // One board, no items: "next" and "reveal" both put every card in its place, then the end.
    this.services.controls({ reveal: () => this.reveal(), next: () => this.reveal() });
    this.saveCheckpoint();
    this.services.session.itemShown();
    this.readInstructions();
  }

  private reveal(): void {
    if (this.finished) return;
    const { play, shown } = revealPlacement(this.play);
    this.play = play;
    for (const s of shown) this.board.send(s.thing, s.place, 'shown');
    this.services.announce(this.services.t('controls.reveal'));
    this.finishIfDone();
  }

  protected text(l: Localized | undefined): string | undefined {
    return l === undefined ? undefined : pick(l, this.services.lang);
  }

  protected image(l: Localized | undefined): string | undefined {
    const url = this.text(l);
    return url && this.textures.exists(url) ? url : undefined;
  }

  private readInstructions(): void {
    readInstructions(this.services, this.activity);
  }

  private decide(thing: string, where: string): { result: DropResult; place: string } {
    const before = this.play;
    const input = { thing, place: where };
    const { play, outcome } = this.placement.answer(before, input, this.activity);
    this.play = play;
    const evidence = this.placement.evidence({ before, after: play, input, outcome }, this.activity, this.services.lang);
    if (evidence) this.services.session.answered(evidence);
    const { t } = this.services;
    const name = (id: string) => pick(this.labels.things[this.play.problem.things.findIndex((x) => x.id === id)] ?? id, this.services.lang);
    switch (outcome.type) {
      case 'ignored':
        return { result: 'back', place: where };
      case 'wrong':
        this.services.effect('wrong');
        this.services.announce(t('feedback.wrong'));
        return { result: 'back', place: where };
      case 'correct':
        this.saveCheckpoint();
        this.services.effect('correct');
        this.services.announce(t('feedback.correct'));
        this.services.session.itemShown();
        this.finishIfDone();
        return { result: 'placed', place: outcome.place };
      case 'shown':
        this.saveCheckpoint();
        this.services.effect('wrong');
        this.services.announce(t('place.shown', { name: name(outcome.thing) }));
        this.finishIfDone();
        return { result: 'shown', place: outcome.place };
    }
  }

  private finishIfDone(): void {
    if (!this.finished) return;
    this.time.delayedCall(1200, () => this.finish());
  }
}

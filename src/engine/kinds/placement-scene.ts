import * as Phaser from 'phaser';
import { pick, type Localized } from '../../model/activity/lang.ts';
import type { Activity } from '../../model/activity/schema.ts';
import { isPlacementDone, place, placementEvidence, placementSummary, resumePlacement, revealPlacement, type PlacementLabels, type PlacementPlay } from '../../model/kinds/placement.ts';
import { seededRng, type Rng } from '../../model/random.ts';
import type { KindSceneData, PlayServices } from '../services.ts';
import { endActivity, readInstructions, sceneFrame } from '../scenes/frame.ts';
import { DESIGN, textStyle } from '../theme.ts';
import { PlacementBoard, type DropResult } from '../widgets/drag-drop.ts';

/**
 * The view shared by sort, match and sequence: a title, the board, the verdicts. Each kind
 * says how its play starts, how its things and places are named, and where they go.
 */
export abstract class PlacementScene<A extends Activity> extends Phaser.Scene {
  protected activity!: A;
  protected services!: PlayServices;
  protected play!: PlacementPlay;
  protected board!: PlacementBoard;
  private labels!: PlacementLabels;

  protected abstract readonly kind: A['kind'];
  protected abstract start(a: A, rng: Rng): PlacementPlay;
  protected abstract labelsOf(a: A): PlacementLabels;
  /** Draw the places and the things on the board (things in `this.play.order`). */
  protected abstract layout(): void;

  init(data: KindSceneData): void {
    if (data.activity.kind !== this.kind) throw new Error(`${this.kind} scene needs a ${this.kind} activity`);
    this.activity = data.activity as A;
    this.services = data.services;
    const fresh = this.start(this.activity, seededRng(data.services.seed));
    this.play = resumePlacement(data.resume, fresh) ?? fresh;
    this.labels = this.labelsOf(this.activity);
  }

  create(): void {
    const { t, twins, lang } = this.services;
    twins.setLabel(pick(this.activity.title, lang));
    sceneFrame(this, this.services, () => this.readInstructions());
    const heading = this.activity.instructions ?? this.activity.title;
    this.add.text(DESIGN.width / 2, 60, pick(heading, lang), textStyle(34, { wordWrap: { width: 1000, useAdvancedWrap: true } })).setOrigin(0.5);
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
    this.services.checkpoint(this.play);
    this.services.session.itemShown();
    this.readInstructions();
  }

  private reveal(): void {
    if (isPlacementDone(this.play)) return;
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
    const { play, outcome } = place(before, thing, where);
    this.play = play;
    const evidence = placementEvidence(before, this.labels, outcome);
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
        this.services.checkpoint(this.play);
        this.services.effect('correct');
        this.services.announce(t('feedback.correct'));
        this.services.session.itemShown();
        this.finishIfDone();
        return { result: 'placed', place: outcome.place };
      case 'shown':
        this.services.checkpoint(this.play);
        this.services.effect('wrong');
        this.services.announce(t('place.shown', { name: name(outcome.thing) }));
        this.finishIfDone();
        return { result: 'shown', place: outcome.place };
    }
  }

  private finishIfDone(): void {
    if (!isPlacementDone(this.play)) return;
    this.time.delayedCall(1200, () => endActivity(this, this.services, placementSummary(this.play)));
  }
}

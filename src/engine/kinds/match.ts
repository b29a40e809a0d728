import * as Phaser from 'phaser';
import type { MatchActivity } from '../../model/kinds/match/schema.ts';
import { matchLabels } from '../../model/kinds/match/rules.ts';
import { matchKind } from '../../model/kinds/match/index.ts';
import { CardFace } from '../widgets/card-face.ts';
import { PlacementScene } from './placement-scene.ts';

const LEFT_X = 330;
const RIGHT_X = 995;
const SNAP_X = 660;
const CARD_W = 330;

/** The view of `match`: cards on the left go onto their partners on the right. */
export class MatchScene extends PlacementScene<MatchActivity> {
  protected labelsOf = matchLabels;

  constructor() {
    super(matchKind);
  }

  protected layout(): void {
    const pairs = this.activity.pairs;
    const n = pairs.length;
    const gap = 14;
    // The rows fill what is under the instruction (130 to 710), never past the stage's foot.
    const h = Math.min(120, (580 - gap * (n - 1)) / n);
    const y = (i: number) => 130 + h / 2 + i * (h + gap);
    pairs.forEach((pair, i) => {
      const label = this.text(pair.right.text);
      const image = this.image(pair.right.image);
      new CardFace(this, RIGHT_X, y(i), { w: CARD_W, h, ...(label !== undefined && { label }), ...(image && { image }) });
      const rect = new Phaser.Geom.Rectangle(SNAP_X - CARD_W / 2, y(i) - h / 2, RIGHT_X + CARD_W / 2 - (SNAP_X - CARD_W / 2), h);
      this.board.addPlace(`r${i + 1}`, rect, label ?? this.services.t('play.picture', { n: i + 1 }), () => ({ x: SNAP_X, y: y(i), scale: 0.9 }));
    });
    this.play.order.forEach((id, slot) => {
      const pair = pairs[Number(id.slice(1)) - 1];
      if (!pair) return;
      const label = this.text(pair.left.text);
      const image = this.image(pair.left.image);
      this.board.addThing(id, LEFT_X, y(slot), { w: CARD_W, h, ...(label !== undefined && { label }), ...(image && { image }) }, label ?? this.services.t('play.picture', { n: slot + 1 }));
    });
  }
}

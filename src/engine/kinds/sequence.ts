import * as Phaser from 'phaser';
import type { SequenceActivity } from '../../model/kinds/sequence/schema.ts';
import { sequenceLabels } from '../../model/kinds/sequence/rules.ts';
import { sequenceKind } from '../../model/kinds/sequence/index.ts';
import { DESIGN } from '../theme.ts';
import { shareLabelSize, type CardFace } from '../widgets/card-face.ts';
import { drawArea } from '../widgets/drag-drop.ts';
import { PlacementScene } from './placement-scene.ts';

/** The view of `sequence`: shuffled cards above, numbered spaces below, to fill in order. */
export class SequenceScene extends PlacementScene<SequenceActivity> {
  protected labelsOf = sequenceLabels;

  constructor() {
    super(sequenceKind);
  }

  protected layout(): void {
    const cards = this.activity.cards;
    const n = cards.length;
    const gap = 20;
    const w = Math.min(220, (1200 - gap * (n - 1)) / n);
    const h = Math.min(210, w * 1.1);
    const x = (i: number) => DESIGN.width / 2 + (i - (n - 1) / 2) * (w + gap);
    const slotY = 540;
    cards.forEach((_, i) => {
      const rect = new Phaser.Geom.Rectangle(x(i) - w / 2 - 6, slotY - h / 2 - 6, w + 12, h + 12);
      drawArea(this, rect, String(i + 1), { dashed: true, labelAt: 'center' });
      this.board.addPlace(`s${i + 1}`, rect, this.services.t('place.slot', { n: i + 1 }), () => ({ x: x(i), y: slotY, scale: 1 }));
    });
    const faces: CardFace[] = [];
    this.play.order.forEach((id, slot) => {
      const card = cards[Number(id.slice(1)) - 1];
      if (!card) return;
      const label = this.text(card.text);
      const image = this.image(card.image);
      faces.push(this.board.addThing(id, x(slot), 250, { w, h, ...(label !== undefined && { label }), ...(image && { image }) }, label ?? this.services.t('play.picture', { n: slot + 1 })));
    });
    // The cards of one order: no label larger than another's.
    shareLabelSize(faces);
  }
}

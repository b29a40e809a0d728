import * as Phaser from 'phaser';
import type { SortActivity } from '../../model/kinds/sort/schema.ts';
import { sortLabels } from '../../model/kinds/sort/rules.ts';
import { sortKind } from '../../model/kinds/sort/index.ts';
import { DESIGN } from '../theme.ts';
import { drawArea } from '../widgets/drag-drop.ts';
import { PlacementScene } from './placement-scene.ts';

// Under a two-line instruction (which ends by 112); three rows of 8 cards stay 80 px high (64 px on a 4:3 tablet).
const TRAY = { top: 116, height: 274 };
const BINS = { top: 400, height: 300 };
const WIDTH = 1200;

/** The view of `sort`: items in a tray above, labelled bins below. */
export class SortScene extends PlacementScene<SortActivity> {
  protected labelsOf = sortLabels;

  constructor() {
    super(sortKind);
  }

  protected layout(): void {
    const a = this.activity;
    const left = (DESIGN.width - WIDTH) / 2;
    const items = this.play.order.map((id) => ({ id, item: a.items[Number(id.slice(1)) - 1] }));
    const cols = Math.min(items.length, 8);
    const rows = Math.ceil(items.length / cols);
    const gap = 12;
    const w = Math.min(180, (WIDTH - gap * (cols - 1)) / cols);
    const h = Math.min(170, (TRAY.height - gap * (rows - 1)) / rows);
    const small = 0.6;

    const binW = (WIDTH - 24 * (a.bins.length - 1)) / a.bins.length;
    const perRow = Math.max(1, Math.floor((binW - 16) / (w * small + 8)));
    a.bins.forEach((bin, i) => {
      const rect = new Phaser.Geom.Rectangle(left + i * (binW + 24), BINS.top, binW, BINS.height);
      const label = this.text(bin.label) ?? bin.id;
      drawArea(this, rect, label);
      // A picture on the bin for children who do not read yet: in its top corner, beside the label.
      const picture = this.image(bin.image);
      if (picture) {
        const img = this.add.image(rect.x + 38, rect.y + 32, picture);
        img.setScale(Math.min(52 / img.width, 52 / img.height));
      }
      this.board.addPlace(bin.id, rect, label, (n) => ({
        x: rect.x + 8 + (w * small + 8) * (n % perRow) + (w * small) / 2,
        y: rect.y + 70 + (h * small + 8) * Math.floor(n / perRow) + (h * small) / 2,
        scale: small,
      }));
    });

    items.forEach(({ id, item }, slot) => {
      if (!item) return;
      const inRow = Math.min(cols, items.length - Math.floor(slot / cols) * cols);
      const x = DESIGN.width / 2 + ((slot % cols) - (inRow - 1) / 2) * (w + gap);
      const y = TRAY.top + h / 2 + Math.floor(slot / cols) * (h + gap);
      const label = this.text(item.text);
      const name = label ?? this.services.t('play.picture', { n: slot + 1 });
      this.board.addThing(id, x, y, { w, h, ...(label !== undefined && { label }), ...(this.image(item.image) && { image: this.image(item.image) }) }, name);
    });
  }
}

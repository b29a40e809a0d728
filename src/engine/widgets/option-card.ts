import type * as Phaser from 'phaser';
import type { Twin, TwinSurface } from '../../contracts/twins.ts';
import { CardFace, type CardContent, type CardLook } from './card-face.ts';
import { makeTappable } from './tappable.ts';

export type { CardLook };

export interface OptionCardSpec extends CardContent {
  x: number;
  y: number;
  name: string;
  onActivate(): void;
}

/** An answer card to tap (choice), with its twin. */
export class OptionCard extends CardFace {
  readonly twin: Twin;
  /** Its accessible name, as its twin says it ("Lựa chọn 2: con mèo"). */
  readonly name: string;

  constructor(scene: Phaser.Scene, spec: OptionCardSpec, twins: TwinSurface) {
    super(scene, spec.x, spec.y, spec);
    this.name = spec.name;
    this.twin = makeTappable(this.container, spec, twins, { name: spec.name, onActivate: spec.onActivate });
  }
}

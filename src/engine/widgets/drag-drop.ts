import * as Phaser from 'phaser';
import type { Twin, TwinSurface } from '../../contracts/twins.ts';
import { WRONG_HOLD_MS } from './feedback.ts';
import { COLORS, textStyle } from '../theme.ts';
import { CardFace, type CardContent } from './card-face.ts';
import { pressedOnCanvas } from './pointer-origin.ts';

/** Pixels a finger may wander before a press becomes a drag: small hands tremble. */
const DRAG_THRESHOLD = 12;

export interface Place {
  id: string;
  /** Its area in design coordinates. */
  rect: Phaser.Geom.Rectangle;
  /** Where the n-th thing placed here sits, and at what scale. */
  slot(n: number): { x: number; y: number; scale: number };
  twin: Twin;
  count: number;
}

interface Thing {
  id: string;
  card: CardFace;
  home: { x: number; y: number };
  twin: Twin;
  done: boolean;
}

/** placed: right, and it stays; shown: sent to its place after the last try; back: it returns; taken: the scene takes the card (a balance pan). */
export type DropResult = 'placed' | 'shown' | 'back' | 'taken';

/**
 * One drag-and-drop core for sort, match and sequence. A thing moves by dragging it with a
 * finger or the mouse, or by tapping it (it lifts) and then tapping a place; the twins do the
 * same with a keyboard. Several fingers may drag several things at once. The board never
 * decides whether a move is right: it asks `decide` and shows the answer.
 */
export class PlacementBoard {
  private readonly things = new Map<string, Thing>();
  private readonly places = new Map<string, Place>();
  private picked: string | undefined;
  /** Called with the card of a thing the scene took (`taken`): it is the scene's from then on. */
  onTaken: (thing: string, place: string, card: CardFace) => void = () => {};

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly twins: TwinSurface,
    private readonly names: { pick(thing: string): string; place(place: string): string; nothingPicked: string },
    private readonly decide: (thing: string, place: string) => { result: DropResult; place: string },
    private readonly announce: (text: string) => void,
  ) {
    scene.input.dragDistanceThreshold = DRAG_THRESHOLD;
  }

  addPlace(id: string, rect: Phaser.Geom.Rectangle, name: string, slot: Place['slot']): Place {
    const zone = this.scene.add.zone(rect.centerX, rect.centerY, rect.width, rect.height).setInteractive();
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, (pointer: Phaser.Input.Pointer) => pressedOnCanvas(pointer, this.scene) && this.dropPicked(id));
    const twin = this.twins.add({ name: this.names.place(name), rect: { x: rect.x, y: rect.y, w: rect.width, h: rect.height }, onActivate: () => this.dropPicked(id) });
    zone.once(Phaser.GameObjects.Events.DESTROY, () => twin.remove());
    const place: Place = { id, rect, slot, twin, count: 0 };
    this.places.set(id, place);
    return place;
  }

  addThing(id: string, x: number, y: number, content: CardContent, name: string): CardFace {
    const card = new CardFace(this.scene, x, y, content);
    const c = card.container;
    c.setSize(content.w, content.h).setInteractive({ useHandCursor: true, draggable: true });
    const twin = this.twins.add({ name: this.names.pick(name), rect: { x: x - content.w / 2, y: y - content.h / 2, w: content.w, h: content.h }, pressed: false, onActivate: () => this.togglePick(id) });
    const thing: Thing = { id, card, home: { x, y }, done: false, twin };
    // A tap picks only if it was pressed here (on the canvas): not a release that began on a page element over the card.
    let dragged = true;
    c.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, (pointer: Phaser.Input.Pointer) => (dragged = !pressedOnCanvas(pointer, this.scene)));
    c.on(Phaser.Input.Events.GAMEOBJECT_DRAG_START, () => {
      if (thing.done) return;
      dragged = true;
      this.unpick();
      c.setDepth(10).setScale(1.06);
    });
    c.on(Phaser.Input.Events.GAMEOBJECT_DRAG, (_p: Phaser.Input.Pointer, x: number, y: number) => {
      if (!thing.done) c.setPosition(x, y);
    });
    c.on(Phaser.Input.Events.GAMEOBJECT_DRAG_END, (pointer: Phaser.Input.Pointer) => {
      if (thing.done) return;
      c.setScale(1);
      const target = [...this.places.values()].find((p) => p.rect.contains(pointer.worldX, pointer.worldY));
      if (target) this.drop(thing, target.id);
      else this.goHome(thing);
    });
    c.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => {
      if (!dragged && !thing.done) this.togglePick(id);
      dragged = true;
    });
    c.once(Phaser.GameObjects.Events.DESTROY, () => twin.remove());
    this.things.set(id, thing);
    return card;
  }

  /** Give the keyboard focus to the first thing left, if a keyboard user just lost theirs. */
  keepFocus(): void {
    this.twins.keepFocusOn([...this.things.values()].find((t) => !t.done)?.twin);
  }

  private togglePick(id: string): void {
    const thing = this.things.get(id);
    if (!thing || thing.done) return;
    const again = this.picked === id;
    this.unpick();
    if (again) return;
    this.picked = id;
    thing.card.setLook('selected');
    thing.card.container.setDepth(5);
    thing.twin.update({ pressed: true });
  }

  private unpick(): void {
    const thing = this.picked ? this.things.get(this.picked) : undefined;
    this.picked = undefined;
    if (!thing || thing.done) return;
    thing.card.setLook('idle');
    thing.twin.update({ pressed: false });
  }

  private dropPicked(placeId: string): void {
    const thing = this.picked ? this.things.get(this.picked) : undefined;
    if (!thing) return this.announce(this.names.nothingPicked);
    this.unpick();
    this.drop(thing, placeId);
  }

  private drop(thing: Thing, placeId: string): void {
    const { result, place } = this.decide(thing.id, placeId);
    if (result === 'back') {
      // It glides back home with its ✕, which stays a moment there (unless it is picked again).
      thing.card.setLook('wrong');
      this.goHome(thing, () =>
        this.scene.time.delayedCall(WRONG_HOLD_MS, () => {
          if (thing.card.container.active && thing.card.look === 'wrong') thing.card.setLook('idle');
        }),
      );
      return;
    }
    this.settle(thing, place, result);
  }

  /** Where a place is on the board (scene coordinates), for a hint to point at. */
  placeBox(id: string): { x: number; y: number; w: number; h: number } | undefined {
    const r = this.places.get(id)?.rect;
    return r && { x: r.x, y: r.y, w: r.width, h: r.height };
  }

  /** Where a thing still to place is (scene coordinates), for a hint to point at. */
  thingBox(id: string): { x: number; y: number; w: number; h: number } | undefined {
    const t = this.things.get(id);
    return t && !t.done ? t.card.box() : undefined;
  }

  /** Send a thing to a place without asking (the right card, after the last wrong try on a slot). */
  send(thingId: string, placeId: string, result: 'placed' | 'shown'): void {
    const thing = this.things.get(thingId);
    if (!thing || thing.done) return;
    if (this.picked === thingId) this.unpick();
    this.settle(thing, placeId, result);
  }

  private settle(thing: Thing, place: string, result: Exclude<DropResult, 'back'>): void {
    const target = this.places.get(place);
    if (!target) return this.goHome(thing);
    thing.done = true;
    if (result === 'taken') {
      thing.card.setLook('idle');
      thing.card.container.disableInteractive();
      thing.twin.remove();
      return this.onTaken(thing.id, place, thing.card);
    }
    const at = target.slot(target.count++);
    // Placed by the child: right, with its ✓. Shown by the player: a plain card, opaque (a faded,
    // see-through one let the slot's number show through its picture).
    thing.card.setLook(result === 'placed' ? 'correct' : 'idle');
    thing.card.container.disableInteractive().setDepth(1);
    this.scene.tweens.add({ targets: thing.card.container, x: at.x, y: at.y, scale: at.scale, duration: 260, ease: 'Cubic.Out' });
    thing.twin.remove();
  }

  private goHome(thing: Thing, then?: () => void): void {
    const c = thing.card.container;
    this.scene.tweens.add({
      targets: c,
      x: thing.home.x,
      y: thing.home.y,
      scale: 1,
      duration: 320,
      ease: 'Back.Out',
      onComplete: () => {
        c.setDepth(0);
        then?.();
      },
    });
  }
}

/** A labelled drop area drawn on the board (a bin, a slot). */
export function drawArea(scene: Phaser.Scene, rect: Phaser.Geom.Rectangle, label: string, opts: { dashed?: boolean; labelAt?: 'top' | 'center' } = {}): Phaser.GameObjects.Container {
  const g = scene.add.graphics();
  g.fillStyle(0xf1ead8, 1).fillRoundedRect(rect.x, rect.y, rect.width, rect.height, 24);
  g.lineStyle(5, COLORS.brand, opts.dashed ? 0.5 : 1).strokeRoundedRect(rect.x, rect.y, rect.width, rect.height, 24);
  const top = opts.labelAt !== 'center';
  const text = scene.add.text(rect.centerX, top ? rect.y + 30 : rect.centerY, label, textStyle(top ? 32 : 48, { color: '#3d5a80', wordWrap: { width: rect.width - 24, useAdvancedWrap: true } })).setOrigin(0.5);
  return scene.add.container(0, 0, [g, text]);
}

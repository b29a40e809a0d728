import * as Phaser from 'phaser';
import type { Twin, TwinSurface, TwinSpec } from '../../contracts/twins.ts';
import { pressedOnCanvas } from './pointer-origin.ts';

/**
 * Makes a container a tap target with a DOM twin: a press shrinks it a little, a release over
 * it acts, sliding off cancels. The twin (keyboard, screen reader, tests) calls the same action.
 */
export function makeTappable(
  c: Phaser.GameObjects.Container,
  size: { w: number; h: number },
  twins: TwinSurface,
  spec: Omit<TwinSpec, 'rect'>,
): Twin {
  let pressed = false;
  let enabled = !spec.disabled;
  const base = c.scale;
  c.setSize(size.w, size.h);
  c.setInteractive({ useHandCursor: true });
  c.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, (pointer: Phaser.Input.Pointer) => {
    if (!enabled || !pressedOnCanvas(pointer, c.scene)) return;
    pressed = true;
    c.setScale(base * 0.96);
  });
  const release = () => {
    pressed = false;
    c.setScale(base);
  };
  c.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, release);
  c.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => {
    const act = pressed && enabled;
    release();
    if (act) spec.onActivate();
  });
  const twin = twins.add({ ...spec, rect: { x: c.x - size.w / 2, y: c.y - size.h / 2, w: size.w, h: size.h } });
  c.once(Phaser.GameObjects.Events.DESTROY, () => twin.remove());
  return {
    focus: twin.focus,
    hasFocus: twin.hasFocus,
    remove: twin.remove,
    update(s) {
      if (s.disabled !== undefined) enabled = !s.disabled;
      twin.update(s);
    },
  };
}

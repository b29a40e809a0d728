import * as Phaser from 'phaser';
import { DESIGN } from './theme.ts';

/**
 * The stage fills the screen (Phaser's EXPAND scale mode): the game grows past the 1280×720
 * design area on the long side, and the camera keeps that area in the middle, so a 4:3 tablet
 * or a portrait one sees paper around the activity instead of letterbox bars. Every scene lays
 * out at the design size; this is the one place that knows the screen is bigger.
 */
export function designOffset(width: number, height: number): { x: number; y: number } {
  return { x: (width - DESIGN.width) / 2, y: (height - DESIGN.height) / 2 };
}

/** Keep the design area centred in `scene`'s main camera while it runs (the listener goes with the scene). */
export function centreDesignArea(scene: Phaser.Scene): void {
  const fit = () => {
    const { width, height } = scene.scale.gameSize;
    const cam = scene.cameras.main;
    cam.setSize(width, height);
    const off = designOffset(width, height);
    cam.setScroll(-off.x, -off.y);
  };
  fit();
  scene.scale.on(Phaser.Scale.Events.RESIZE, fit);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.scale.off(Phaser.Scale.Events.RESIZE, fit));
}

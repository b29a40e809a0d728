import type * as Phaser from 'phaser';

/**
 * The press began on the game's canvas, not on a page element over it (the "leave?" question,
 * a teacher's bar). Phaser also hears presses on the rest of the window (so a drag let go
 * outside the canvas ends) and hit-tests them against the game: without this check, the tap
 * on "Stay" in the question over the board also answered the option under that button.
 */
export function pressedOnCanvas(pointer: Phaser.Input.Pointer, scene: Phaser.Scene): boolean {
  return pointer.downElement === scene.game.canvas;
}

/**
 * A file dragged onto the page before the player has loaded (the menu the build writes shows first,
 * see start.ts): the browser must not open it in place of the player, and the player opens it once
 * it is here (file-import.ts takes them).
 */
const held: File[][] = [];
let taken = false;

function over(e: DragEvent): void {
  if (taken || !e.dataTransfer?.types.includes('Files')) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
}

function drop(e: DragEvent): void {
  if (taken || !e.dataTransfer?.files.length) return;
  e.preventDefault();
  held.push([...e.dataTransfer.files]);
}

/** From the first moment: files dropped are held. */
export function holdDrops(): void {
  addEventListener('dragover', over);
  addEventListener('drop', drop);
}

/** The files dropped so far; from now on the player's own listeners answer. */
export function takeDrops(): File[][] {
  taken = true;
  removeEventListener('dragover', over);
  removeEventListener('drop', drop);
  return held.splice(0);
}

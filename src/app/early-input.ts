/**
 * What a person does before the player has loaded (the menu the build writes shows first, see
 * start.ts), held until the player can answer it, and answered once.
 */

// A file dragged onto the page: the browser must not open it in place of the player, and the player
// opens it once it is here (main.ts takes them for file-import.ts).
const held: File[][] = [];
let dropsTaken = false;

function over(e: DragEvent): void {
  if (dropsTaken || !e.dataTransfer?.types.includes('Files')) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
}

function drop(e: DragEvent): void {
  if (dropsTaken || !e.dataTransfer?.files.length) return;
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
  dropsTaken = true;
  removeEventListener('dragover', over);
  removeEventListener('drop', drop);
  return held.splice(0);
}

// A control of the build's menu (a language, who plays, the sound): pressed again by the menu once the
// player shows it (MenuPage.show); from then on the menu's own listener answers.
let pressed: string | undefined;
let pressTaken = false;

function remember(e: Event): void {
  const el = (e.target as Element).closest<HTMLElement>('[data-action]:not(a)');
  if (pressTaken || !el) return;
  // The same control by what it does: the player may have drawn it anew.
  pressed = `[data-action="${el.dataset.action}"]${el.dataset.value ? `[data-value="${el.dataset.value}"]` : ''}`;
}

export function holdPresses(menu: HTMLElement): void {
  menu.addEventListener('click', remember);
}

/** The control pressed before, if any (once). */
export function takePress(): string | undefined {
  pressTaken = true;
  const p = pressed;
  pressed = undefined;
  return p;
}

/**
 * A control of the build's menu (a language, who plays, the sound) pressed before the player has
 * loaded: remembered, and pressed again by the menu once the player shows it (MenuPage.show). From
 * then on the menu's own listener answers, so a press is never answered twice.
 */
let pressed: string | undefined;
let taken = false;

function remember(e: Event): void {
  const el = (e.target as Element).closest<HTMLElement>('[data-action]:not(a)');
  if (taken || !el) return;
  // The same control by what it does: the player may have drawn it anew.
  pressed = `[data-action="${el.dataset.action}"]${el.dataset.value ? `[data-value="${el.dataset.value}"]` : ''}`;
}

export function holdPresses(menu: HTMLElement): void {
  menu.addEventListener('click', remember);
}

/** The control pressed before, if any (once). */
export function takePress(): string | undefined {
  taken = true;
  const p = pressed;
  pressed = undefined;
  return p;
}

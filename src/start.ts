import './ui/fonts.css';
import './ui/app.css';
import { holdDrops, holdPresses } from './app/early-input.ts';
import { firstMove } from './app/first-move.ts';
import { firstItemAt } from './app/first-item/address.ts';
import { firstItem } from './app/first-item/first-item.ts';

// The page's entry. The build writes the menu into index.html (src/build/first-menu.ts); where it is
// the page, a tap on a tile is answered by its link before any code runs, and the player itself
// (main.ts: its stores, its engine, i18next) loads at the first touch, key or tile, or once the page
// has been up a moment, never in the way of that tap (issue 17). Anywhere else it loads at once.
// An activity whose first item can be played before the engine is here (src/app/first-item/, its code in the
// entry's own files): the activity and its picture load at once, the page still parsing (first-screen.js);
// it is drawn once the page is parsed.
const early = firstItemAt(location.hash);
const earlyPlay = early && firstItem(early, location.hash).catch((e) => void console.error(e));
const menu = document.getElementById('menu');
holdDrops(); // a file dropped before the player is here is opened once it is
const shown = !!menu?.hasAttribute('data-prerendered'); // made only where it is the page (src/build/first-menu-place.js)
if (shown && menu) {
  holdPresses(menu); // a control tapped before the player is here is pressed again once it is
  await firstMove();
  document.documentElement.classList.remove('menu-first'); // the rest of its sections (first-screen.js)
  await import('./main.ts');
} else {
  // Such a first item is drawn and answered at once, and the player loads once the child has answered (or
  // after a while). Anything else (a lesson, the teacher's area): the player's two chunks load side by side.
  if (earlyPlay) await (await earlyPlay);
  void import('./app/wiring.ts');
  await import('./main.ts');
}

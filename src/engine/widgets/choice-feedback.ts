import type * as Phaser from 'phaser';
import type { PlayServices } from '../services.ts';
import { WRONG_HOLD_MS } from './feedback.ts';
import type { OptionCard } from './option-card.ts';

/**
 * The one feedback language of an answer among option cards (DESIGN.md §4), for choice and for
 * a story's question alike. `cards` are indexed by option (as the rules number them).
 */

/** Right: the cards chosen light up and pop; the "right" sound; "Đúng rồi!" said. */
export function feedbackRight(services: PlayServices, cards: readonly (OptionCard | undefined)[], chosen: readonly number[]): void {
  for (const i of chosen) {
    cards[i]?.setLook('correct');
    cards[i]?.pop();
  }
  services.effect('correct');
  services.announce(services.t('feedback.correct'));
}

/** Wrong: ✕ and a shake on the cards chosen, the "wrong" sound, `said`; after a moment `settle` puts the cards back. */
export function feedbackWrong(scene: Phaser.Scene, services: PlayServices, cards: readonly (OptionCard | undefined)[], chosen: readonly number[], said: string, settle: () => void): void {
  for (const i of chosen) {
    cards[i]?.setLook('wrong');
    cards[i]?.shake();
  }
  services.effect('wrong');
  services.announce(said);
  scene.time.delayedCall(WRONG_HOLD_MS, settle);
}

/**
 * The answer shown: after a child's last wrong try their cards show it first; then the right
 * ones light up and the others fade. The teacher's reveal (nothing chosen) shows it at once, silently.
 */
export function feedbackShown(scene: Phaser.Scene, services: PlayServices, cards: readonly (OptionCard | undefined)[], chosen: readonly number[], correct: readonly number[], said: string): void {
  for (const i of chosen) cards[i]?.setLook('wrong');
  if (chosen.length) services.effect('wrong');
  scene.time.delayedCall(chosen.length ? 600 : 0, () => {
    // The item may have gone meanwhile (the teacher's "next" pressed again within the frame: the scene's
    // removeAllEvents does not reach a call added that frame); a destroyed card must not be touched.
    for (const [i, card] of cards.entries()) if (card?.container.scene) card.setLook(correct.includes(i) ? 'correct' : 'faded');
  });
  services.announce(said);
}

/** The accessible name of the right options, for "the answer is …". */
export const answerNames = (cards: readonly (OptionCard | undefined)[], correct: readonly number[]) => correct.map((i) => cards[i]?.name ?? '').join(', ');

/**
 * The hint of a kind whose answers are option cards (count's numbers, a comparison's signs, a
 * balance's answers), as choice's: the wrong card the child chose fades and can no longer be
 * chosen. Returns what the live region says.
 */
export function fadeAsHint(services: PlayServices, card: OptionCard): string {
  card.setLook('faded');
  card.twin.update({ disabled: true, pressed: false });
  return services.t('hints.notThis', { name: card.name });
}

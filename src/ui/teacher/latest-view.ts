/**
 * The evidence pane under the teacher's table shows what was clicked last. Each view reads its
 * evidence from IndexedDB before it is shown; a teacher who clicks An and then Bình must get
 * Bình, even when An's read ends later, and a form being filled must not be swapped under her.
 * `const current = claimView(root)` when a view starts; `if (!current()) return` before it is shown.
 */
const turns = new WeakMap<HTMLElement, number>();

export function claimView(root: HTMLElement): () => boolean {
  const turn = (turns.get(root) ?? 0) + 1;
  turns.set(root, turn);
  return () => turns.get(root) === turn;
}

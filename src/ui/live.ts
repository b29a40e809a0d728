/** Announce a sentence to screen readers through the polite live region. */
export function announce(text: string): void {
  const region = document.getElementById('live');
  if (!region) return;
  // Clearing first makes the same sentence ("Đúng rồi!") be read again on the next answer.
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = text));
}

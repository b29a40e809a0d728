/**
 * Keys typed on the page, outside text fields, read at once (not at Phaser's next frame): a
 * digit typed just before a click on Done must count. Returns how to stop listening.
 */
export function listenTypedKeys(listener: (key: string) => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement | null)?.closest?.('input, textarea, select')) return;
    listener(e.key);
  };
  addEventListener('keydown', onKey);
  return () => removeEventListener('keydown', onKey);
}

import { domIcon } from './icons.ts';

/**
 * What narration would have said, shown when it cannot be heard (sound off, or neither a
 * recording nor a voice on this device): a child who cannot hear still gets the words and a
 * sign that the tablet is quiet, not broken.
 */
let timer: ReturnType<typeof setTimeout> | undefined;

function captionEl(): HTMLElement {
  let el = document.getElementById('caption');
  if (!el) {
    el = document.createElement('div');
    el.id = 'caption';
    el.hidden = true;
    // The live region already reads feedback aloud; this is for the eyes.
    el.setAttribute('aria-hidden', 'true');
    document.body.append(el);
  }
  return el;
}

export function showCaption(text: string, why: string): void {
  if (!text) return;
  const el = captionEl();
  const whyEl = Object.assign(document.createElement('span'), { className: 'why' });
  whyEl.append(domIcon('muted', 20), ` ${why}`);
  el.replaceChildren(whyEl, Object.assign(document.createElement('span'), { textContent: text }));
  el.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(hideCaption, 2500 + text.length * 60);
}

export function hideCaption(): void {
  clearTimeout(timer);
  captionEl().hidden = true;
}

/** Mobile browsers play sound only after a touch or key: unlock on the first one. */
export function unlockOnFirstTouch(unlock: () => void): void {
  const once = () => {
    unlock();
    for (const t of ['pointerdown', 'keydown', 'touchend'] as const) removeEventListener(t, once, true);
  };
  for (const t of ['pointerdown', 'keydown', 'touchend'] as const) addEventListener(t, once, true);
}

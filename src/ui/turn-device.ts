import { h } from './dom.ts';

/**
 * A phone held upright would shrink the stage to a strip with 26 px targets: it shows this
 * picture instead (a phone turning on its side, and one line saying so). CSS shows it only on a
 * narrow portrait screen; turned, the activity is there as it was.
 */
const PICTURE = `<svg viewBox="0 0 200 160" width="200" height="160" aria-hidden="true">
  <rect x="20" y="20" width="60" height="110" rx="10" fill="#fff" stroke="#3d5a80" stroke-width="6"/>
  <circle cx="50" cy="118" r="5" fill="#3d5a80"/>
  <path d="M95 40 q40 -10 55 30" fill="none" stroke="#f4a261" stroke-width="8" stroke-linecap="round"/>
  <path d="M140 58 l12 16 l8 -20 z" fill="#f4a261"/>
  <rect x="90" y="90" width="100" height="56" rx="10" fill="#fff" stroke="#3d5a80" stroke-width="6"/>
  <circle cx="178" cy="118" r="5" fill="#3d5a80"/>
</svg>`;

export function turnDevice(stage: HTMLElement): (text: string) => void {
  const label = h('p', {});
  const el = h('div', { id: 'turn-device', role: 'img' });
  el.innerHTML = PICTURE;
  el.append(label);
  stage.append(el);
  return (text) => {
    label.textContent = text;
    el.setAttribute('aria-label', text);
  };
}

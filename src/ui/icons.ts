/**
 * The DOM's few icons as inline SVG (24×24, currentColor): emoji differ from device to device
 * and some classroom machines have no emoji font at all.
 */
const PATHS = {
  previous: 'M15 5 8 12l7 7',
  next: 'M9 5l7 7-7 7',
  reveal: 'M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12Zm10 3a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z',
  restart: 'M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4',
  sound: 'M4 9h4l5-4v14l-5-4H4Zm13 0a4 4 0 0 1 0 6m2.5-8.5a7.5 7.5 0 0 1 0 11',
  muted: 'M4 9h4l5-4v14l-5-4H4Zm12 0 6 6m0-6-6 6',
  wholeClass: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm7 0a2.5 2.5 0 1 0 0-5M3 20c0-3.5 2.7-6 6-6s6 2.5 6 6m2-6c2.5 0 4 2 4 5',
  timer: 'M12 21a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm0-12v4l3 2M9 2h6',
  blank: 'M4 5h16v14H4Z',
  lesson: 'M4 5c3-1.5 6-1.5 8 0v15c-2-1.5-5-1.5-8 0Zm8 0c2-1.5 5-1.5 8 0v15c-3-1.5-6-1.5-8 0Z',
} as const;
export type DomIcon = keyof typeof PATHS;

const NS = 'http://www.w3.org/2000/svg';

export function domIcon(name: DomIcon, size = 28): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', PATHS[name]);
  path.setAttribute('fill', name === 'blank' ? 'currentColor' : 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2.2');
  path.setAttribute('stroke-linecap', 'round');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}

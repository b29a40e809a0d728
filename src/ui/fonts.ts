/**
 * Resolves once the bundled font is ready in every range we draw (Latin and Vietnamese), so the
 * canvas never draws a first frame in a fallback font. Gives up after a while rather than block play.
 */
export function whenFontsReady(timeoutMs = 3000): Promise<void> {
  const probes = ['800 40px Nunito', '400 40px Nunito'].map((f) => document.fonts.load(f, 'Aa ẮẰẲẴẶ Ểễ Ỗộ ưƯ đĐ'));
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  return Promise.race([Promise.all(probes).then(() => void performance.mark('lopvui:fonts-ready')), timeout]);
}

/** The handwriting font of the model letters (trace): resolves once it can draw, or after a while. */
export function whenHandwritingReady(timeoutMs = 3000): Promise<void> {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  return Promise.race([document.fonts.load('400 40px "Playwrite VN"', 'Aa ẮẰẲẴẶ Ểễ Ỗộ ưƯ đĐ').then(() => undefined), timeout]);
}

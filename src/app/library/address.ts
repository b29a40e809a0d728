import type { LibraryAddressProblem } from '../../contracts/shared-library.ts';

/**
 * The address of a shared library folder, as a teacher types or pastes it. The page may read it
 * only where its Content-Security-Policy lets it connect: any HTTPS server, the player's own
 * server (a library folder beside the player, even over plain http on the school network), and
 * this device itself (loopback: a laptop serving both, the tests). Other plain-http addresses
 * would be blocked by the browser without a word, so they are refused here with a sentence.
 */

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3})$/i;

/** The folder's URL (ending in /) from what was typed: the folder itself, or its library.json. */
export function libraryFolder(typed: string, pageOrigin: string): { ok: true; folder: string } | { ok: false; problem: LibraryAddressProblem } {
  let url: URL;
  try {
    url = new URL(typed.trim());
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'scheme' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname) && url.origin !== pageOrigin) return { ok: false, problem: 'insecure' };
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/library\.json$/i, '/').replace(/\/?$/, '/');
  return { ok: true, folder: url.href };
}

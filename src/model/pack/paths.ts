import type { FileRole } from './manifest.ts';

/**
 * What a pack may hold, by path: anything else is refused, so a pack never carries a page, a
 * script or a program a browser or a file manager would open. Pictures and sounds are the
 * player's own list (src/app/harmless-file.ts makes them harmless again on import).
 */
const MEDIA_EXT = ['svg', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'wav', 'webm', 'flac'];
const RULES: { role: FileRole; re: RegExp }[] = [
  { role: 'activity', re: /^activities\/[^/]+\.json$/ },
  { role: 'lesson', re: /^lessons\/[^/]+\.json$/ },
  { role: 'media', re: new RegExp(`^media/.+\\.(${MEDIA_EXT.join('|')})$`, 'i') },
  { role: 'plan', re: /^plan\/[^/]+\.(pdf|docx|odt)$/i },
  { role: 'video', re: /^video\/[^/]+\.(mp4|webm)$/i },
];

/** The role a path's place and extension give it, or undefined for a file a pack may not hold. */
export function roleOfPath(path: string): FileRole | undefined {
  return RULES.find((r) => r.re.test(path))?.role;
}

/**
 * True when a path stays inside the pack: relative, forward slashes, no empty, "." or ".."
 * segment, no drive letter, no control character. A zip may name "../../x" or "/etc/x";
 * whoever unpacks it by its names would write outside its folder.
 */
export function isSafePath(path: string): boolean {
  if (!path || path.length > 240) return false;
  if (path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path)) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(path)) return false;
  return path.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

/** The path inside a pack of a picture or sound as an activity names it ("audio/meo-vi.ogg" → "media/audio/meo-vi.ogg"). */
export function mediaPathOf(ref: string): string {
  return `media/${ref.replace(/\\/g, '/').replace(/^(\.\/)+/, '')}`;
}

/** Files whose bytes are compressed already: stored as they are (deflating them again only costs time). */
export function isCompressed(path: string): boolean {
  return /\.(png|jpe?g|gif|webp|avif|mp3|m4a|aac|ogg|oga|opus|webm|flac|mp4|pdf|docx|odt)$/i.test(path);
}

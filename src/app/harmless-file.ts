/**
 * A teacher's picture or sound made harmless before it becomes a same-origin blob: URL (which
 * anyone can open as a page in its own tab). An SVG is a document that may carry scripts and
 * event handlers: it is cleaned with DOMPurify's SVG profile. Every file gets the type its
 * extension says, from a short list of pictures and sounds; anything else is plain bytes,
 * which a browser never renders as a page.
 */
const TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  webm: 'audio/webm',
  flac: 'audio/flac',
};

export async function harmless(blob: Blob, name: string): Promise<Blob> {
  const type = TYPES[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
  if (type !== 'image/svg+xml') return blob.type === type ? blob : new Blob([blob], { type });
  // Parsed as XML (xhtml), so the SVG keeps its namespaces and stays a valid picture; the XML
  // declaration and any DOCTYPE (with its entities) go first, as the parser takes a fragment.
  const text = (await blob.text()).replace(/^\uFEFF?\s*<\?xml[^>]*\?>/, '').replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, '');
  // Event-handler attributes are renamed before parsing: Chromium reports a parsed handler as a
  // CSP violation even in the inert document DOMPurify parses into. DOMPurify does the cleaning
  // (data-* attributes refused, so the renamed ones go too).
  const unarmed = text.replace(/(\s)on([\w-]+\s*=)/gi, '$1data-was-on$2');
  // Its own chunk, fetched with the first SVG a teacher opens: never on a child's first load.
  const { default: DOMPurify } = await import('dompurify');
  const clean = DOMPurify.sanitize(unarmed, { USE_PROFILES: { svg: true, svgFilters: true }, PARSER_MEDIA_TYPE: 'application/xhtml+xml', ALLOW_DATA_ATTR: false });
  return new Blob([clean], { type });
}

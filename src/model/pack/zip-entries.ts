import { strFromU8 } from 'fflate';

/**
 * The names of a zip's entries that are symbolic links, read from its central directory (fflate
 * does not report an entry's file attributes). A link in a pack is refused: unpacked by a tool
 * that honours it, it could point anywhere on the teacher's machine. Returns undefined when the
 * bytes have no readable central directory (not a zip: fflate then says why).
 */
export function linkNames(zip: Uint8Array): Set<string> | undefined {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end-of-central-directory record: 22 bytes, then a comment of at most 65535 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const links = new Set<string>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const madeBy = view.getUint16(at + 4, true) >> 8;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const mode = view.getUint32(at + 38, true) >>> 16;
    // Host 3 (Unix) keeps the file's mode in the high half of the external attributes: 0xA000 is a link.
    if (madeBy === 3 && (mode & 0xf000) === 0xa000) links.add(latin1OrUtf8(zip.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return links;
}

function latin1OrUtf8(bytes: Uint8Array): string {
  try {
    return strFromU8(bytes);
  } catch {
    return strFromU8(bytes, true);
  }
}

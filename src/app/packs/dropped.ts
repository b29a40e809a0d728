/**
 * A pack dropped on the window (or picked among other files) waits here for the teacher: it is
 * taken to the teacher's area, behind the gate, where its contents are shown before it is kept.
 * Children dropping a file on the menu can do nothing with it.
 */
let waiting: { name: string; bytes: Uint8Array } | undefined;

export const isPackFile = (f: File) => f.name.toLowerCase().endsWith('.lopvui');

/** True when `files` held a pack: it now waits for the teacher's area, which is opened. */
export async function sendPacksToGate(files: readonly File[]): Promise<boolean> {
  const pack = files.find(isPackFile);
  if (!pack) return false;
  waiting = { name: pack.name, bytes: new Uint8Array(await pack.arrayBuffer()) };
  // The teacher's settings, through the router (and so the gate); drawn again if already there.
  const target = '#/teacher/settings';
  if (location.hash === target) dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = target;
  return true;
}

export function takeDropped(): { name: string; bytes: Uint8Array } | undefined {
  const w = waiting;
  waiting = undefined;
  return w;
}

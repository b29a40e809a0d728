import { SEMVER } from './ids.ts';

/**
 * Compares two pack versions x.y.z number by number: negative when `a` is older, 0 when they are
 * the same, positive when `a` is newer. A version that is not x.y.z sorts before every valid one
 * (a manifest with one never gets this far: the schema refuses it).
 */
export function compareVersions(a: string, b: string): number {
  const pa = SEMVER.exec(a);
  const pb = SEMVER.exec(b);
  if (!pa || !pb) return (pa ? 1 : 0) - (pb ? 1 : 0);
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

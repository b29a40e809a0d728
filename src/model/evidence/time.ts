/** ISO 8601 duration for xAPI (`PT3.25S`), from milliseconds; negative or NaN counts as zero. */
export function isoDuration(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? ms : 0;
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = Math.round((total % 60_000) / 10) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s}S`;
}

/**
 * The time to stamp a statement with: the device clock, never later than it (xAPI forbids
 * future timestamps), but never earlier than `notBefore` (the build time of the player): a
 * tablet whose clock reset to 1970 after a flat battery still records a plausible time.
 * A clock set ahead can only be caught against another clock, which sync (LRS) brings.
 */
export function statementTime(now: number, notBefore: number): number {
  if (!Number.isFinite(now)) return notBefore;
  return Math.max(now, notBefore);
}

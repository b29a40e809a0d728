import { spawn } from 'node:child_process';
import path from 'node:path';
import { quantile } from './page-helpers.ts';

/**
 * The H5P peer, measured in the same run: the shared side-by-side script (read its header), run as
 * it is meant to be, from the project's root on the built player. Its last line is the summary
 * (medians); the lines before are the samples, kept for the results file.
 */
export interface SideBySide {
  cpu: number;
  rounds: number;
  h5p_ms: number;
  h5p_warm_ms: number;
  lv_cold_ms: number;
  lv_warm_ms: number;
  ratio_cold: number;
  ratio_warm_vs_h5p_warm: number;
  visible_ms: Record<string, number | null>;
  bytes_to_tap: { h5p: number; lv_cold: number; lv_warm: number; h5p_warm: number | null };
  bytes_total: Record<string, number | null>;
  failed: number;
}

export const SIDE_BY_SIDE = '../shared/bench/side-by-side.mjs';

/**
 * The side-by-side script `rounds` times, one round each, with `between` (the project's own samples that
 * stand beside the peer's, the menu's) run after each: a drift in the machine's load between the first and
 * the last minute moves both sides alike. The summary is the script's, from all the rounds' samples.
 */
export async function sideBySideWith(root: string, cpu: number, rounds: number, between: () => Promise<void>): Promise<{ summary: SideBySide; samples: Sample[] }> {
  const samples: Sample[] = [];
  for (let r = 0; r < rounds; r++) {
    samples.push(...(await sideBySide(root, cpu, 1)).samples);
    await between();
  }
  return { summary: summarize(samples, cpu, rounds), samples };
}

interface Sample {
  player: 'h5p' | 'lv';
  mode: 'cold' | 'warm';
  tap_ms?: number;
  visible_ms?: number;
  bytes_to_tap?: number;
  bytes_total?: number;
  error?: string;
}

/** Medians as the side-by-side script takes them (its summary line). */
export function summarize(samples: Sample[], cpu: number, rounds: number): SideBySide {
  const pick = (player: Sample['player'], mode: Sample['mode'], k: 'tap_ms' | 'visible_ms' | 'bytes_to_tap' | 'bytes_total') =>
    quantile(samples.filter((s) => s.player === player && s.mode === mode && typeof s[k] === 'number').map((s) => s[k] as number), 0.5);
  const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;
  const [h5p, h5pWarm, lvCold, lvWarm] = [pick('h5p', 'cold', 'tap_ms'), pick('h5p', 'warm', 'tap_ms'), pick('lv', 'cold', 'tap_ms'), pick('lv', 'warm', 'tap_ms')];
  const of = (k: 'visible_ms' | 'bytes_to_tap' | 'bytes_total') => ({ h5p: pick('h5p', 'cold', k), lv_cold: pick('lv', 'cold', k), lv_warm: pick('lv', 'warm', k), h5p_warm: pick('h5p', 'warm', k) });
  return {
    cpu,
    rounds,
    h5p_ms: h5p,
    h5p_warm_ms: h5pWarm,
    lv_cold_ms: lvCold,
    lv_warm_ms: lvWarm,
    ratio_cold: ratio(lvCold, h5p),
    ratio_warm_vs_h5p_warm: ratio(lvWarm, h5pWarm),
    visible_ms: of('visible_ms'),
    bytes_to_tap: of('bytes_to_tap'),
    bytes_total: of('bytes_total'),
    failed: samples.filter((s) => s.error).length,
  };
}

export async function sideBySide(root: string, cpu: number, rounds: number): Promise<{ summary: SideBySide; samples: Sample[] }> {
  const script = path.resolve(root, SIDE_BY_SIDE);
  const child = spawn(process.execPath, [script, '--cpu', String(cpu), '--rounds', String(rounds)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d;
    process.stdout.write(`  side-by-side: ${String(d).trimEnd().replace(/\n/g, '\n  side-by-side: ')}\n`);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const lines = out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const summary = lines.pop() as unknown as SideBySide | undefined;
  if (code !== 0 || !summary || summary.h5p_ms == null) throw new Error(`the side-by-side script failed (exit ${code})`);
  return { summary, samples: lines as unknown as Sample[] };
}

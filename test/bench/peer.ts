import { spawn } from 'node:child_process';
import path from 'node:path';

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

export async function sideBySide(root: string, cpu: number, rounds: number): Promise<{ summary: SideBySide; samples: unknown[] }> {
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
  return { summary, samples: lines };
}

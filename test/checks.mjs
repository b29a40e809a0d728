// npm test's checks that need no browser (type check, lint, unit tests) and the build the browser
// tests then serve, run at the same time:
// on two cores each leaves time the others use. Each one's output is printed whole when it
// ends (never interleaved), and the run fails if any of them failed.
// Usage: node test/checks.mjs typecheck lint test:unit build   (npm script names)
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
const started = Date.now();
const runs = scripts.map(
  (name) =>
    new Promise((resolve) => {
      const out = [];
      const child = spawn('npm', ['run', name], { env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', (d) => out.push(d));
      child.on('close', (code, signal) => {
        const ok = code === 0;
        const took = ((Date.now() - started) / 1000).toFixed(1);
        process.stdout.write(`\n── npm run ${name}: ${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`}, ${took} s ──\n`);
        process.stdout.write(Buffer.concat(out));
        resolve(ok);
      });
    }),
);
const results = await Promise.all(runs);
const failed = scripts.filter((_, i) => !results[i]);
if (failed.length) {
  process.stdout.write(`\nFailed: ${failed.map((n) => `npm run ${n}`).join(', ')}\n`);
  process.exit(1);
}

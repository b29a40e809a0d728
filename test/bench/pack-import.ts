/**
 * npm run bench:pack: how long a tablet takes to import a 50 MB pack, measured in Node on this
 * machine (informational; no browser needed). The pack holds every activity and lesson of
 * levels/ with their pictures and sounds and a 50 MB demonstration video (random bytes, so it
 * does not compress, as an MP4 does not). Timed: readPack (directory checks, unzip, SHA-256 of
 * every file, validation of every activity and lesson), then the one IndexedDB transaction that
 * keeps it (fake-indexeddb, in memory: a tablet's disk adds its own write time).
 */
import 'fake-indexeddb/auto';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { defaultRoots } from '../../src/build/library.ts';
import { collectPack } from '../../src/build/pack-collect.ts';
import { gatheredTerms } from '../../src/model/pack/contents.ts';
import { readPack } from '../../src/model/pack/read.ts';
import { writePack } from '../../src/model/pack/write.ts';
import { keepPackWhole } from '../../src/store/packs.ts';

const VIDEO_MB = Number(process.env.VIDEO_MB ?? 50);
const roots = defaultRoots(process.cwd());
const collected = collectPack(roots, ['levels']);
if (collected.issues.length) throw new Error(`levels/ has errors: ${collected.issues.length}`);
const video = new Uint8Array(randomBytes(VIDEO_MB * 1024 * 1024));
const bytes = await writePack({
  manifest: { id: 'bench.all-levels', version: '1.0.0', title: { vi: 'Tất cả', en: 'Everything' }, authors: ['Lớp Vui'], ...gatheredTerms(collected.activities, collected.lessons) },
  files: [...collected.files, { path: 'video/tiet-day.mp4', bytes: video }],
});

const runs: { read: number; keep: number }[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const r = await readPack(bytes, { name: 'bench.lopvui' });
  const t1 = performance.now();
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  const p = r.pack;
  const records = [...p.activities, ...p.lessons].map((j, n) => ({ id: `${n}`, file: j.path, text: j.text, media: [], savedAt: Date.now(), pack: { id: p.manifest.id, version: p.manifest.version } }));
  const extras = [...p.files].filter(([, f]) => f.role === 'video').map(([path, f]) => ({ path, blob: new Blob([f.bytes as Uint8Array<ArrayBuffer>]) }));
  await keepPackWhole({ id: p.manifest.id, manifest: p.manifest, keys: records.map((x) => x.id), activityIds: [], extras, file: 'bench.lopvui', savedAt: Date.now() }, records, []);
  runs.push({ read: t1 - t0, keep: performance.now() - t1 });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const read = median(runs.map((r) => r.read));
const keep = median(runs.map((r) => r.keep));
console.log(
  `pack of ${(bytes.length / 1048576).toFixed(1)} MB (${collected.activities.length} activities, ${collected.lessons.length} lessons, ${collected.files.length + 1} files, ${VIDEO_MB} MB video): ` +
    `readPack ${read.toFixed(0)} ms + keep ${keep.toFixed(0)} ms = ${(read + keep).toFixed(0)} ms (median of ${runs.length})`,
);

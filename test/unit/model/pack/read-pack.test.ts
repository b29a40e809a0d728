import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { formatIssue, type Issue } from '../../../../src/model/activity/issues.ts';
import { readPack } from '../../../../src/model/pack/read.ts';
import { DUCKS, goodPack } from './fixtures.ts';

const both = (errors: readonly Issue[]) => (['vi', 'en'] as const).map((l) => errors.map((e) => formatIssue(e, createI18n(l).t)));

/** The good pack with its entries changed: `edit` gets them (the manifest parsed) and returns the zip's entries. */
async function tampered(edit: (files: Record<string, Uint8Array>, manifest: { files: { path: string; size: number; sha256: string; role: string }[] }) => Zippable): Promise<Uint8Array> {
  const files = unzipSync(await goodPack());
  const manifest = JSON.parse(strFromU8(files['manifest.json']!));
  return zipSync(edit(files, manifest));
}

describe('readPack', () => {
  it('reads a pack writePack made: the manifest, the activity and lesson validated, every file checked', async () => {
    const r = await readPack(await goodPack(), { name: 'vit.lopvui' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.pack.manifest).toMatchObject({ format: 1, id: 'cum-3.vit', version: '1.0.0', license: 'CC-BY-4.0', authors: ['Cô Lan'] });
    expect(r.pack.manifest.files.map((f) => [f.path, f.role])).toEqual([
      ['activities/mn-dem-vit.json', 'activity'],
      ['lessons/cum-vit.json', 'lesson'],
      ['media/images/animals/duck.svg', 'media'],
    ]);
    expect(r.pack.activities.map((a) => a.value.id)).toEqual(['mn-dem-vit']);
    // The activity's picture resolves to the pack's copy.
    expect((r.pack.activities[0]!.value as { image?: string }).image).toBe('media/images/animals/duck.svg');
    expect(r.pack.lessons.map((l) => l.value.id)).toEqual(['cum-vit']);
  });

  it('refuses a file changed after packing (bad hash), in vi and en', async () => {
    const bytes = await tampered((files) => {
      // One byte changed, the length kept: only the hash can tell.
      const svg = files['media/images/animals/duck.svg']!.slice();
      svg[svg.length - 3] = svg[svg.length - 3]! ^ 1;
      return { ...files, 'media/images/animals/duck.svg': svg };
    });
    const r = await readPack(bytes, { name: 'vit.lopvui' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(both(r.errors)).toEqual([
      ['vit.lopvui/media/images/animals/duck.svg:1:1  (file)  tệp không khớp mã SHA-256 ghi trong manifest: tệp đã bị sửa hoặc hỏng khi chép'],
      ['vit.lopvui/media/images/animals/duck.svg:1:1  (file)  the file does not match its SHA-256 in the manifest: it was changed or damaged on the way'],
    ]);
  });

  it('refuses a bad activity with its place as pack/path/file.json:line:col, in vi and en', async () => {
    const { sha256Hex } = await import('../../../../src/model/pack/hash.ts');
    const broken = strToU8(DUCKS.replace('"kind": "count"', '"kind": "count", "colour": 1'));
    const hash = await sha256Hex(broken);
    const again = await tampered((files, manifest) => {
      const f = manifest.files.find((x) => x.path === 'activities/mn-dem-vit.json')!;
      Object.assign(f, { size: broken.length, sha256: hash });
      return { ...files, 'activities/mn-dem-vit.json': broken, 'manifest.json': strToU8(JSON.stringify(manifest)) };
    });
    const r = await readPack(again, { name: 'vit.lopvui' });
    if (r.ok) throw new Error('accepted');
    expect(both(r.errors)).toEqual([
      ['vit.lopvui/activities/mn-dem-vit.json:5:20  colour  trường "colour" không có trong định dạng (viết sai tên?)'],
      ['vit.lopvui/activities/mn-dem-vit.json:5:20  colour  the field "colour" is not part of the format (a typo?)'],
    ]);
  });

  it('refuses a zip bomb from the directory, before unpacking it, in vi and en', async () => {
    const bytes = await tampered((files) => ({ ...files, 'media/big.svg': [new Uint8Array(8 * 1024 * 1024), { level: 9 }] }));
    const r = await readPack(bytes, { name: 'bom.lopvui' });
    if (r.ok) throw new Error('accepted');
    expect(r.errors.map((e) => e.key)).toEqual(['pack.zipBomb']);
    const [vi, en] = both(r.errors);
    expect(vi?.[0]).toMatch(/^bom\.lopvui\/media\/big\.svg:1:1 {2}\(file\) {2}tệp này giải nén ra gấp \d+ lần cỡ đã nén \(bom zip\): bị từ chối, gói chỉ cho phép tối đa 100 lần$/);
    expect(en?.[0]).toMatch(/^bom\.lopvui\/media\/big\.svg:1:1 {2}\(file\) {2}this file would unpack to \d+ times its packed size \(a zip bomb\): refused, a pack allows 100 times at most$/);
  });

  it('refuses a pack above the limits of size and file count', async () => {
    const big = await readPack(await goodPack(), { limits: { maxTotalBytes: 1000 } });
    expect(!big.ok && big.errors.map((e) => e.key)).toEqual(['pack.tooBig']);
    const many = await readPack(await goodPack(), { limits: { maxFiles: 2 } });
    expect(!many.ok && many.errors.map((e) => e.key)).toEqual(['pack.tooManyFiles']);
    const video = await tampered((files) => ({ ...files, 'video/demo.mp4': [new Uint8Array(3000).map((_, i) => (i * 7919) % 251), { level: 0 }] }));
    const capped = await readPack(video, { limits: { maxVideoBytes: 2000 } });
    expect(!capped.ok && both(capped.errors)[1]).toEqual(['pack/video/demo.mp4:1:1  (file)  this file is 0 MB; a file of this kind may be 0 MB at most']);
  });

  it('refuses paths that climb out of the pack and absolute paths, in vi and en', async () => {
    const climb = await readPack(await tampered((files) => ({ ...files, '../../etc/evil.json': strToU8('{}') })), { name: 'x.lopvui' });
    if (climb.ok) throw new Error('accepted');
    expect(both(climb.errors)).toEqual([
      ['x.lopvui:1:1  (file)  đường dẫn "../../etc/evil.json" đi ra ngoài gói (".." hoặc đường dẫn tuyệt đối): bị từ chối'],
      ['x.lopvui:1:1  (file)  the path "../../etc/evil.json" leads out of the pack (".." or an absolute path): refused'],
    ]);
    for (const name of ['/etc/passwd.json', 'media/../../up.svg', 'C:/x/y.svg', 'media\\..\\x.svg']) {
      const r = await readPack(await tampered((files) => ({ ...files, [name]: strToU8('x') })));
      expect(!r.ok && r.errors.map((e) => e.key), name).toEqual(['pack.unsafePath']);
    }
  });

  it('refuses a symbolic link, in vi and en', async () => {
    const bytes = await tampered((files) => ({ ...files, 'media/link.svg': [strToU8('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }] }));
    const r = await readPack(bytes);
    if (r.ok) throw new Error('accepted');
    expect(both(r.errors)).toEqual([
      ['pack/media/link.svg:1:1  (file)  "media/link.svg" là liên kết (link): gói chỉ chứa tệp thường'],
      ['pack/media/link.svg:1:1  (file)  "media/link.svg" is a link: a pack holds plain files only'],
    ]);
  });

  it('refuses a file of a type a pack may not hold, and one not in the manifest', async () => {
    const html = await readPack(await tampered((files) => ({ ...files, 'media/page.html': strToU8('<script>') })));
    expect(!html.ok && both(html.errors)[1]).toEqual([
      'pack/media/page.html:1:1  (file)  "media/page.html" is not a file a pack may hold: activities/*.json, lessons/*.json, pictures and sounds under media/, plan/*.pdf|docx|odt, video/*.mp4|webm',
    ]);
    const extra = await readPack(await tampered((files) => ({ ...files, 'media/extra.svg': strToU8('<svg/>') })));
    expect(!extra.ok && both(extra.errors)[0]).toEqual(['pack/media/extra.svg:1:1  (file)  "media/extra.svg" có trong gói nhưng không có trong manifest']);
    const gone = await readPack(await tampered(({ 'media/images/animals/duck.svg': _, ...rest }) => rest));
    expect(!gone.ok && gone.errors.map((e) => e.key)).toEqual(['pack.missingFile']);
  });

  it('refuses what is not a zip, and a zip without a manifest', async () => {
    const r = await readPack(strToU8('hello, not a zip at all, just some text here'));
    expect(!r.ok && r.errors.map((e) => e.key)).toEqual(['pack.notZip']);
    const bare = await readPack(zipSync({ 'activities/a.json': strToU8('{}') }));
    expect(!bare.ok && both(bare.errors)).toEqual([['pack:1:1  (file)  gói không có tệp manifest.json ở thư mục gốc'], ['pack:1:1  (file)  the pack has no manifest.json at its root']]);
  });

  it('refuses a lesson naming an activity that is neither in the pack nor known', async () => {
    const bytes = await tampered(({ 'activities/mn-dem-vit.json': _, ...files }, manifest) => ({
      ...files,
      'manifest.json': strToU8(JSON.stringify({ ...manifest, files: manifest.files.filter((f) => f.role !== 'activity') })),
    }));
    const r = await readPack(bytes);
    expect(!r.ok && r.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.key}`)).toEqual(['pack/lessons/cum-vit.json:11:19 lesson.unknownActivity']);
    const known = await readPack(bytes, { knownActivityIds: new Set(['mn-dem-vit']) });
    expect(known.ok).toBe(true);
  });
});

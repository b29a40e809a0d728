import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/i18n/index.ts';
import { formatIssue } from '../../../../src/model/activity/issues.ts';
import { openActivity } from '../../../../src/model/activity/opened-file.ts';
import { validateActivityText } from '../../../../src/model/activity/validate.ts';

/** A file a teacher opens in the player is checked as `npm run validate` checks it. */
const activity = (extra: string) => `{
  "id": "cua-co",
  "kind": "choice",
  "title": "Con gì?",
  "subject": "science",
  "band": "mn-4-5",${extra}
  "items": [{ "prompt": "Con nào?", "options": [{ "image": "hinh/meo.svg", "correct": true }, { "image": "images/animals/dog.svg" }] }]
}`;
const ctx = { publicMedia: new Set(['images/animals/dog.svg']), urlOf: (f: { path: string }) => `blob:${f.path}`, libraryIds: new Map([['mn-con-vat-keu', 'levels/mam-non/con-vat-keu.json']]) };
const t = createI18n('vi').t;

describe('an activity file opened in the player', () => {
  it('finds its pictures among the files opened with it (by path, else by name) and the player\'s own in public/', () => {
    for (const path of ['bai/hinh/meo.svg', 'meo.svg']) {
      const opened = openActivity({ path: 'bai/cua-co.json', text: activity('') }, [{ path }], ctx);
      expect(opened.issues).toEqual([]);
      expect(opened.activity?.kind).toBe('choice');
      expect([...opened.media.keys()]).toEqual(['hinh/meo.svg']);
      const options = opened.activity?.kind === 'choice' ? opened.activity.items[0]?.options : [];
      expect(options?.map((o) => o.image)).toEqual([`blob:${path}`, 'images/animals/dog.svg']);
    }
  });

  it('says what is wrong exactly as npm run validate does, line and column included', () => {
    const opened = openActivity({ path: 'cua-co.json', text: activity(' "icon": 5,') }, [], ctx);
    expect(opened.activity).toBeUndefined();
    expect(opened.issues.map((i) => formatIssue(i, t))).toEqual([
      'cua-co.json:6:29  icon  cần một chuỗi chữ, nhưng có 5',
      'cua-co.json:7:60  items[0].options[0].image  không tìm thấy tệp "hinh/meo.svg" (đường dẫn tính từ tệp này hoặc từ public/)',
    ]);
    // The very issues the command line finds in the same file.
    const cli = validateActivityText(activity(' "icon": 5,'), { file: 'cua-co.json', resolveMedia: (r) => (ctx.publicMedia.has(r) ? r : undefined) });
    expect(opened.issues).toEqual(cli.issues);
  });

  it('refuses an id the library already has: the evidence would mix', () => {
    const opened = openActivity({ path: 'x.json', text: activity('').replace('"cua-co"', '"mn-con-vat-keu"') }, [{ path: 'meo.svg' }], ctx);
    expect(opened.activity).toBeUndefined();
    expect(opened.issues).toMatchObject([{ key: 'duplicateId', line: 2, column: 9, params: { other: 'levels/mam-non/con-vat-keu.json' } }]);
  });
});

describe('files opened together: a lesson with its activities', () => {
  const lesson = (steps: string[], schema = '"$schema": "lesson.schema.json",') =>
    `{ ${schema} "id": "tiet-cua-co", "title": "Tiết của cô", "band": "mn-4-5", "steps": [${steps.map((s) => `{ "activity": "${s}" }`).join(', ')}] }`;

  it('tells the lesson by its $schema or its shape, wherever it was, and checks its steps against the library and the activities opened with it', async () => {
    const { openFiles } = await import('../../../../src/model/activity/opened-file.ts');
    for (const schema of ['"$schema": "../schema/lesson.schema.json",', '']) {
      const opened = openFiles([{ path: 'bai/tiet.json', text: lesson(['cua-co', 'mn-con-vat-keu'], schema) }, { path: 'bai/cua-co.json', text: activity('') }], [{ path: 'bai/hinh/meo.svg' }], ctx);
      expect(opened.activities.map((a) => a.activity?.id)).toEqual(['cua-co']);
      expect(opened.lessons).toMatchObject([{ file: 'bai/tiet.json', lesson: { id: 'tiet-cua-co' }, issues: [] }]);
    }
  });

  it('says which step names an activity that is neither in the library nor opened with it', async () => {
    const { openFiles } = await import('../../../../src/model/activity/opened-file.ts');
    const opened = openFiles([{ path: 'tiet.json', text: lesson(['cua-co']) }], [], ctx);
    expect(opened.lessons[0]?.lesson).toBeUndefined();
    expect(opened.lessons[0]?.issues.map((i) => formatIssue(i, t))).toEqual([
      'tiet.json:1:123  steps[0].activity  không có hoạt động nào có id "cua-co" trong thư viện hay trong các tệp mở cùng bài học: viết đúng "id" của một hoạt động',
    ]);
  });
});

import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { defaultRoots, mediaOfLibrary, validateLibrary } from '../../src/build/library.ts';
import { serveDist, type StaticServer } from './static-server.ts';
import { expect, home, live, menuShown, playAgain, pressTwin, readEvidence, sceneReady, test, twins, windowBeside, withVerb } from './support/index.ts';

/**
 * Offline for real, on the projector. One visit from a school's static server installs the
 * service worker; it must then hold every file of the app and every file each activity and
 * lesson of the library needs (checked against the library itself, without playing, so the
 * check stays fast as the library grows). Then the server is switched off and the network cut:
 * the player reloads from its service worker and the teacher plays a fixed sample with keys alone.
 */
test.use({ serviceWorkers: 'allow', viewport: { width: 1920, height: 1080 } });

// Each test has its own server: the offline one switches it off.
let server: StaticServer;
test.beforeEach(async () => (server = await serveDist('/truong/lop-vui/')));
test.afterEach(() => server.close());

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');

/** One visit: the menu is shown and the service worker is active, which it is only once everything is precached. */
async function visit(page: Page): Promise<void> {
  await page.goto(server.url);
  await menuShown(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

/** Every URL the Cache Storage holds, relative to the player's folder, without Workbox's revision parameter. */
async function cachedFiles(page: Page): Promise<Set<string>> {
  const urls = await page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) out.push(request.url);
    return out;
  });
  return new Set(
    urls.map((u) => {
      const url = new URL(u);
      return decodeURIComponent(url.pathname).slice(new URL(server.url).pathname.length);
    }),
  );
}

/** Every file under `dir`, relative to `base`, with forward slashes. */
const filesUnder = (dir: string, base = dir): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name)).split(path.sep).join('/')]));

test('after one visit the service worker holds the app and every file every activity and lesson of the library needs', async ({ page }) => {
  await visit(page);
  const held = await cachedFiles(page);

  // The app: every file the build wrote, but the media folders (their files are precached by
  // what the library uses, below), the service worker's own code and the credits (for people).
  const app = filesUnder(dist).filter((f) => !/^(levels|images)\//.test(f) && !/^(sw|workbox-[\w-]+)\.js$/.test(f) && f !== 'CREDITS.md');
  expect(app).toContain('index.html');
  expect(app.filter((f) => !held.has(f))).toEqual([]);
  // The service worker is the one a school gets: Workbox's production code, not its development build (which logs
  // every request), as a build run by a unit test beside npm test's own once left in dist/.
  const runtime = /workbox-\w+/.exec(readFileSync(path.join(dist, 'sw.js'), 'utf8'))?.[0];
  expect(runtime).toBeTruthy();
  expect(readFileSync(path.join(dist, `${runtime}.js`), 'utf8')).not.toMatch(/\blogger\b/);

  // The library, from its validated files: each activity's code chunk and media in every language, each lesson's media.
  const library = validateLibrary(defaultRoots(root)).filter((f) => f.activity ?? f.lesson);
  expect(library.filter((f) => f.activity).length).toBeGreaterThanOrEqual(19);
  const missing: Record<string, string[]> = {};
  for (const f of library) {
    const needed = mediaOfLibrary([f]);
    if (f.activity) {
      const chunk = new RegExp(`^assets/${f.activity.id}-[\\w-]{8}\\.js$`);
      const code = app.find((file) => chunk.test(file));
      needed.push(code ?? `assets/${f.activity.id}-????????.js (no chunk built)`);
    }
    const gone = needed.filter((url) => !held.has(url));
    if (gone.length) missing[f.file] = gone;
  }
  expect(missing).toEqual({});
  // Media precached by use, not by folder: a picture no activity uses is not downloaded to every tablet.
  const used = new Set(mediaOfLibrary(library));
  expect([...held].filter((f) => /^(levels|images)\//.test(f) && !used.has(f))).toEqual([]);
});

/**
 * PageDown (next) until the end screen, each press awaited until the player answers it (the
 * live region or the twins' group name changes). A story's choice point is chosen with the
 * keyboard; its question is answered by R, the teacher's reveal. In a lesson a press that meets
 * the end screen as it comes goes on to the lesson page: that is the end too.
 */
async function clickThrough(page: Page): Promise<void> {
  const lessonPage = page.locator('#lesson');
  const address = page.url();
  // The end screen counts as reached as soon as its twin exists: its buttons pop in from nothing, and a
  // press meets them before they are visible. A press that meets the end screen as it comes goes on at
  // once (a lesson's next step, a new address): that is this activity's end too, and pressing on would
  // play the next step here (seen: a step played through by this loop, the lesson's next press skipping it).
  const over = async () => page.url() !== address || (await playAgain(page).count()) > 0 || (await lessonPage.isVisible());
  // The activity is on (a lesson's step leaves the lesson page first).
  await expect(lessonPage).toBeHidden();
  await sceneReady(page);
  await page.evaluate(() => {
    const w = window as unknown as { __changes: number; __watch?: MutationObserver };
    w.__changes = 0;
    w.__watch?.disconnect();
    w.__watch = new MutationObserver(() => w.__changes++);
    w.__watch.observe(document.querySelector('#live')!, { childList: true, characterData: true, subtree: true });
    w.__watch.observe(document.querySelector('#twins')!, { attributes: true, attributeFilter: ['aria-label'] });
  });
  const changes = () => page.evaluate(() => (window as unknown as { __changes: number }).__changes);
  for (let i = 0; i < 60; i++) {
    if (await over()) return;
    const before = await changes();
    await page.keyboard.press('PageDown');
    await expect.poll(async () => (await changes()) > before || (await over()), { intervals: [50, 100] }).toBe(true);
    const said = (await live(page).textContent()) ?? '';
    const choice = twins(page).getByRole('button', { name: /^Chọn: / }).first();
    if (said.includes('Hãy chọn xem câu chuyện đi tiếp') && (await choice.count())) {
      await pressTwin(choice);
    } else if (said.includes('Hãy trả lời câu hỏi trước')) {
      await page.keyboard.press('r');
    }
  }
  expect(await over()).toBe(true);
}

test.describe("at a person's pace", () => {
  // Game speed 1: the lesson is paged with PageDown pressed as soon as the player answered the last press, and at
  // the test speed a press could meet a pause's end or the next step's start (a step skipped, a last item left
  // revealed were seen).
  test.use({ gameSpeed: 1 });

  test('with the server off and no network, the player starts from its service worker and a lesson and an activity play to the end by keys', async ({ page, context }) => {
    test.setTimeout(120_000);
    await page.addInitScript(() => {
      localStorage.setItem('lopvui.prefs', JSON.stringify({ mode: 'projector' }));
      localStorage.setItem('lopvui.lang', 'vi');
    });
    await visit(page);

    await server.close();
    await context.setOffline(true);
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.reload();
    await menuShown(page);
    // The code and fonts came by the service worker's static route, straight from its precache (sw-routes.js).
    const routed = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/[^/]+\.(js|woff2)$/.test(e.name))
        .map((e) => `${e.name.split('/').pop()}: ${(e as PerformanceResourceTiming & { workerFinalSourceType?: string }).workerFinalSourceType}`),
    );
    expect(routed.length).toBeGreaterThan(2);
    for (const r of routed) expect(r).toMatch(/: cache$/);

    // A lesson, start to end: a story, a choice with pictures and recordings, a count and a sort
    // (a drag kind). Enter starts the first step; PageDown on each end screen (its big ▶) goes
    // straight on to the next step, and after the last one back to the lesson's page.
    const LESSON = ['truyen-meo-con-di-choi', 'mn-con-vat-keu', 'mn-dem-vit', 'mn-chim-noi'];
    await pressTwin(page.locator('.tile[data-lesson="mn-buoi-sang-con-vat"]'));
    await expect(page.locator('#lesson .lesson-steps [aria-current="step"]')).toContainText(`Bước 1 trên ${LESSON.length}`);
    await page.keyboard.press('Enter');
    for (let step = 1; step <= LESSON.length; step++) {
      await expect(page).toHaveURL(new RegExp(`#/lesson/mn-buoi-sang-con-vat/${step}$`));
      await clickThrough(page);
      // Still on this step's end screen (a press during its pop-in may already have gone on): the teacher's next key.
      if (page.url().endsWith(`/${step}`) && (await playAgain(page).count())) {
        await expect(playAgain(page)).toBeVisible(); // the teacher's next key acts once the end screen is up
        await page.keyboard.press('PageDown');
      }
    }
    await expect(page.locator('#lesson')).toContainText('Cả bài học đã xong!');

    // An activity from the menu, of a kind the lesson has not: the memory cards, with pictures and sounds.
    await page.goto(`${server.url}#/`);
    await pressTwin(page.locator('.tile[data-activity="mn-lat-the-con-vat"]'));
    await clickThrough(page);

    const evidence = await readEvidence(page);
    const completed = (id: string) => withVerb(evidence, 'completed').filter((s) => s.object.id === `urn:lopvui:activity:${id}`);
    for (const id of [...LESSON, 'mn-lat-the-con-vat']) expect(completed(id), id).toHaveLength(1);
    expect(completed('lesson:mn-buoi-sang-con-vat')).toHaveLength(1);
    expect(failed).toEqual([]);
  });
});

test('a new version waits until the activity is over, then the menu offers it', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('lopvui.lang', 'vi'));
  await visit(page);
  await page.reload(); // now the page is controlled by the first version
  await pressTwin(page.locator('.tile[data-activity="l1-cong-trong-10"]'));
  await expect(twins(page).getByRole('button', { name: /^Lựa chọn 1/ })).toBeVisible();

  // A new version on the server: a different service worker.
  appendFileSync(path.join(server.root, 'sw.js'), '\n// a new version\n');
  // Another tab opening the player finds it (each start checks for a new version).
  const other = await windowBeside(page, server.url);
  await other.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(true);

  // Mid-activity nothing changes: no banner, no reload, the item is still there. (Nothing to
  // await: the player gives no sign that it saw the new version, so it is given a moment to.)
  await page.waitForTimeout(500);
  await expect(page.getByRole('status').filter({ hasText: 'Có phiên bản mới' })).toHaveCount(0);
  await expect(twins(page).getByRole('button', { name: /^Lựa chọn 1/ })).toBeVisible();

  await pressTwin(home(page));
  const offer = page.getByRole('status').filter({ hasText: 'Có phiên bản mới của Lớp Vui.' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Cập nhật ngay' }).click();
  await menuShown(page);
  // The page reloads into the new version: an evaluate caught mid-reload just asks again.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r?.waiting && !!r?.active)).catch(() => false)).toBe(true);
  await expect(offer).toHaveCount(0);
});

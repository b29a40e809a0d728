import type { Page } from '@playwright/test';
import { expect, menuShown, option, test, twins, unlockTeacher, useLang, type Lang } from './support/index.ts';

/**
 * Screenshots for people to look at (projector and tablet, both languages), kept as test
 * artifacts in test-results/, never committed. They also check the stage fills the screen.
 * One page per screen size and language (English is switched on the menu, as a teacher does):
 * each screen is taken once its drawing has settled.
 */
const sizes = [
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'tablet', width: 1024, height: 768 },
] as const;

// Reduced motion: every tween jumps to its end, so a screenshot shows the screen as it rests.
test.use({ contextOptions: { reducedMotion: 'reduce' } });

/**
 * The fonts and pictures are in, and the page has drawn two frames since (the last change is on
 * screen); on the stage, the game too has drawn two frames since (at the test speed it draws 20 a
 * second, not one per page frame: src/app/test-speed.ts).
 */
const settled = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    // The menu's tiles are drawn again on a language switch: their pictures decode anew. Those on the
    // screen only: a tile's picture below the fold loads lazily, when it scrolls near (never, here).
    const onScreen = (img: HTMLImageElement) => {
      const r = img.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    };
    await Promise.all([...document.images].filter(onScreen).map((img) => img.decode().catch(() => undefined)));
    const drawn = () => (window as { __lopvuiFrames?: number }).__lopvuiFrames ?? 0;
    const from = drawn();
    const playing = !(document.getElementById('stage')?.hidden ?? true);
    await new Promise<void>((r) => {
      const frame = () => (playing && drawn() < from + 2 ? requestAnimationFrame(frame) : requestAnimationFrame(() => requestAnimationFrame(() => r())));
      requestAnimationFrame(frame);
    });
  });

// One test per screen size and language: a busy machine slows one test, not four, and a retry repeats only it.
for (const size of sizes) {
  for (const lang of ['vi', 'en'] as const) {
    test(`${size.name} ${size.width}x${size.height} ${lang}`, async ({ page }, info) => {
      test.setTimeout(90_000); // a dozen screens, each drawn in software WebGL
      await page.setViewportSize({ width: size.width, height: size.height });
      await useLang(page, 'vi');
      // The projector is set up as one: larger type, more contrast, the teacher's keys.
      if (size.name === 'projector') await page.addInitScript(() => localStorage.setItem('lopvui.prefs', JSON.stringify({ mode: 'projector' })));
      await page.goto('./');
      await screens(page, size, lang, info.outputPath.bind(info));
    });
  }
}

async function screens(page: Page, size: (typeof sizes)[number], lang: Lang, outputPath: (name: string) => string): Promise<void> {
  await menuShown(page);
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await settled(page);
  await page.screenshot({ path: outputPath(`menu-${size.name}-${lang}.png`) });

  await page.goto('./#/play/mn-con-vat-keu');
  await expect(option(page, /./).first()).toBeVisible();
  const canvas = await page.locator('#game canvas').boundingBox();
  // Letterboxed 16:9, as wide or as tall as the screen allows.
  expect(Math.max(canvas!.width / size.width, canvas!.height / size.height)).toBeGreaterThan(0.99);
  // Touch targets: every card at least 64 px at the 1280×720 design size.
  const card = await option(page, lang === 'vi' ? 'mèo' : 'cat').boundingBox();
  expect((card!.width * 1280) / canvas!.width).toBeGreaterThanOrEqual(64);
  await settled(page);
  await page.screenshot({ path: outputPath(`choice-pictures-${size.name}-${lang}.png`) });

  // One activity of every other kind: drawn, and reachable through its twins, at this size.
  // The reading and story kinds on the projector in vi and the tablet in en: both sizes, both languages, half the time.
  const reading = (size.name === 'projector') === (lang === 'vi') ? ['truyen-meo-con-di-choi', 'lop1-ghep-van', 'lop1-ghep-chu', 'lop1-to-chu-so', 'mn-lat-the-con-vat'] : [];
  for (const id of ['l1-cong-trong-10', 'mn-chim-noi', 'mn-so-va-so-luong', 'l1-cay-lon-len', 'mn-dem-vit', 'l1-so-sanh', 'l3-robot-lap', 'l2-can-thang-bang', ...reading]) {
    await page.goto(`./#/play/${id}`);
    // The activity's own scene (its first twin is the home button, in this language).
    await expect(twins(page).locator('.twin')).not.toHaveCount(0);
    await expect(twins(page).locator('.twin').first()).toHaveAccessibleName(lang === 'vi' ? 'Về trang chính' : 'Back to the menu');
    const sizes = await twins(page).locator('.twin').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
    const scale = canvas!.width / 1280;
    expect(Math.min(...sizes) / scale, `${id}: smallest target at the design size`).toBeGreaterThanOrEqual(64);
    await settled(page);
    await page.screenshot({ path: outputPath(`${id}-${size.name}-${lang}.png`) });
  }

  // The classroom's own pages: a lesson, the teacher's settings and LRS sync.
  await page.goto('./#/lesson/mn-buoi-sang-con-vat');
  await expect(page.locator('#lesson .lesson-steps [aria-current="step"]')).toBeVisible();
  await page.screenshot({ path: outputPath(`lesson-${size.name}-${lang}.png`) });
  await unlockTeacher(page);
  for (const tab of lang === 'vi' ? ['Cài đặt', 'Đồng bộ LRS'] : ['Settings', 'LRS sync']) {
    await page.getByRole('button', { name: tab, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await page.screenshot({ path: outputPath(`teacher-${tab.replace(/\s/g, '-')}-${size.name}-${lang}.png`), fullPage: true });
  }
  // Locked again, back on the menu.
  await page.getByRole('button', { name: /^(Khoá và về trang chính|Lock and go back to the menu)$/ }).click();
  await menuShown(page);
}

test('no flash on load: every frame from the address typed to the first question is paper, never navy or black', async ({ page, context }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  // Every frame the browser paints, as the screen shows it (Chromium's screencast), while an activity's address opens cold.
  const cdp = await context.newCDPSession(page);
  const frames: string[] = [];
  cdp.on('Page.screencastFrame', (f) => {
    frames.push(f.data);
    void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => undefined);
  });
  await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 60, maxWidth: 256, maxHeight: 192, everyNthFrame: 1 });
  await page.goto('./#/play/mn-dem-vit');
  await expect(twins(page).locator('.twin').nth(2)).toBeAttached();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await cdp.send('Page.stopScreencast');
  expect(frames.length).toBeGreaterThan(1);
  // Each frame's share of dark pixels (luminance under 40 %), read back in a blank page's canvas.
  const reader = await context.newPage();
  const dark = await reader.evaluate(async (list) => {
    const share = async (b64: string) => {
      const img = new Image();
      img.src = `data:image/jpeg;base64,${b64}`;
      await img.decode();
      const c = new OffscreenCanvas(img.width, img.height);
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const { data } = g.getImageData(0, 0, img.width, img.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]! < 102) n++;
      return n / (data.length / 4);
    };
    return Promise.all(list.map(share));
  }, frames);
  await reader.close();
  // The question's own drawing (ducks, buttons, text) is a small share; a navy or black screen is most of it.
  expect(Math.max(...dark), `dark share per frame: ${dark.map((d) => d.toFixed(2)).join(' ')}`).toBeLessThan(0.25);
});

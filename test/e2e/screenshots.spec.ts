import { expect, openActivity, option, test, unlockTeacher } from './support.ts';

/**
 * Screenshots for people to look at (projector and tablet, both languages), kept as test
 * artifacts in test-results/, never committed. They also check the stage fills the screen.
 */
const sizes = [
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'tablet', width: 1024, height: 768 },
] as const;

for (const size of sizes) {
  for (const lang of ['vi', 'en'] as const) {
    test(`${size.name} ${size.width}x${size.height} ${lang}`, async ({ page }, info) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.addInitScript((l) => localStorage.setItem('lopvui.lang', l), lang);
      // The projector is set up as one: larger type, more contrast, the teacher's keys.
      if (size.name === 'projector') await page.addInitScript(() => localStorage.setItem('lopvui.prefs', JSON.stringify({ mode: 'projector' })));
      await page.goto('./');
      await expect(page.locator('.tile').first()).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: info.outputPath(`menu-${size.name}-${lang}.png`) });

      await openActivity(page, 'mn-con-vat-keu', lang);
      const canvas = await page.locator('#game canvas').boundingBox();
      // Letterboxed 16:9, as wide or as tall as the screen allows.
      expect(Math.max(canvas!.width / size.width, canvas!.height / size.height)).toBeGreaterThan(0.99);
      // Touch targets: every card at least 64 px at the 1280×720 design size.
      const card = await option(page, lang === 'vi' ? 'mèo' : 'cat').boundingBox();
      expect((card!.width * 1280) / canvas!.width).toBeGreaterThanOrEqual(64);
      await page.screenshot({ path: info.outputPath(`choice-pictures-${size.name}-${lang}.png`) });

      // One activity of every other kind: drawn, and reachable through its twins, at this size.
      // The reading and story kinds on the projector in vi and the tablet in en: both sizes, both languages, half the time.
      const reading = (size.name === 'projector') === (lang === 'vi') ? ['truyen-meo-con-di-choi', 'lop1-ghep-van', 'lop1-ghep-chu', 'lop1-to-chu-so', 'mn-lat-the-con-vat'] : [];
      for (const id of ['l1-cong-trong-10', 'mn-chim-noi', 'mn-so-va-so-luong', 'l1-cay-lon-len', 'mn-dem-vit', 'l1-so-sanh', 'l3-robot-lap', 'l2-can-thang-bang', ...reading]) {
        await page.goto(`./#/play/${id}`);
        await expect(page.locator('#twins .twin')).not.toHaveCount(0);
        await expect(page.locator('#twins .twin').first()).toHaveAccessibleName(lang === 'vi' ? 'Về trang chính' : 'Back to the menu');
        const twins = await page.locator('#twins .twin').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
        const scale = canvas!.width / 1280;
        expect(Math.min(...twins) / scale, `${id}: smallest target at the design size`).toBeGreaterThanOrEqual(64);
        await page.waitForTimeout(300);
        await page.screenshot({ path: info.outputPath(`${id}-${size.name}-${lang}.png`) });
      }

      // The classroom's own pages: a lesson, the teacher's settings and LRS sync.
      await page.goto('./#/lesson/mn-buoi-sang-con-vat');
      await expect(page.locator('#lesson .lesson-steps [aria-current="step"]')).toBeVisible();
      await page.screenshot({ path: info.outputPath(`lesson-${size.name}-${lang}.png`) });
      await unlockTeacher(page);
      for (const tab of lang === 'vi' ? ['Cài đặt', 'Đồng bộ LRS'] : ['Settings', 'LRS sync']) {
        await page.getByRole('button', { name: tab, exact: true }).click();
        await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
        await page.screenshot({ path: info.outputPath(`teacher-${tab.replace(/\s/g, '-')}-${size.name}-${lang}.png`), fullPage: true });
      }
    });
  }
}

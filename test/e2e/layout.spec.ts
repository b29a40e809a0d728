import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * Every activity of the library fits every screen a class has: a projector (16:9), a 4:3
 * tablet, a 16:10 laptop and a portrait tablet. For each: every twin (the canvas object it
 * stands for) lies inside the screen, no two overlap, the canvas fills the screen, and on the
 * 4:3 tablet every target is a child's fingertip (64 px) or more. One page per quarter of the
 * library, moved by route: each activity opens on one screen and is then turned and resized
 * through the other three (a tablet turned, a window moved to the projector), the screen it opens
 * on taking turns, so every screen sees activities both opened on it and resized to it.
 */
const LEVELS = join(import.meta.dirname, '../../levels');
const ids = readdirSync(LEVELS, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json') && !f.startsWith('schema') && !f.startsWith('lessons'))
  .map((f) => (JSON.parse(readFileSync(join(LEVELS, f), 'utf8')) as { id: string }).id)
  .sort();

const screens = [
  { width: 1920, height: 1080, minTarget: 0 },
  { width: 1024, height: 768, minTarget: 64 },
  { width: 1280, height: 800, minTarget: 0 },
  // A portrait tablet: the frame's buttons (home, listen) go up into the paper above, a fingertip each.
  { width: 768, height: 1024, minTarget: 0, frameTarget: 64 },
] as const;

interface Box {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Open an activity by its route and wait for its scene: the twins of this activity, home first. */
async function open(page: Page, id: string): Promise<void> {
  await page.goto(`./#/`);
  await expect(page.locator('#stage')).toBeHidden();
  await page.goto(`./#/play/${id}`);
  await expect(page.locator('#twins .twin').first()).toHaveAccessibleName(/^(Về trang chính|Back to the menu)$/);
}

const overlap = (a: Box, b: Box) => Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1;

type Screen = (typeof screens)[number];

/**
 * What the screen shows once it fits: the canvas has the screen's size (EXPAND resizes on the next step) and
 * the twins have followed it (the next frame). One call to the page per screen: 144 screens, each waited on.
 */
function fittedScreen(): Promise<{ canvas: { w: number; h: number }; twins: Box[]; homeFocused: boolean }> {
  const rect = (e: Element) => e.getBoundingClientRect();
  const fits = () => {
    const c = document.querySelector('#game canvas')?.getBoundingClientRect();
    return !!c && Math.abs(c.width - innerWidth) <= 2 && Math.abs(c.height - innerHeight) <= 2;
  };
  return new Promise((resolve) => {
    const read = () => {
      const c = rect(document.querySelector('#game canvas') as Element);
      const twins = [...document.querySelectorAll('#twins .twin')];
      resolve({
        canvas: { w: Math.min(c.right, innerWidth) - Math.max(c.left, 0), h: Math.min(c.bottom, innerHeight) - Math.max(c.top, 0) },
        twins: twins.map((e) => ({ name: e.getAttribute('aria-label') ?? '', ...((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height }))(rect(e)) })),
        homeFocused: twins[0] === document.activeElement,
      });
    };
    const wait = () => (fits() ? requestAnimationFrame(() => requestAnimationFrame(read)) : requestAnimationFrame(wait));
    wait();
  });
}

/** What does not fit this screen in the activity on it, one line per problem. */
function problemsOn(id: string, screen: Screen, { twins, canvas }: Awaited<ReturnType<typeof fittedScreen>>): string[] {
  const problems: string[] = [];
  const where = `${id} at ${screen.width}×${screen.height}`;
  const vw = screen.width;
  const vh = screen.height;
  if ((canvas.w * canvas.h) / (vw * vh) < 0.9) problems.push(`${where}: the canvas covers ${Math.round((100 * canvas.w * canvas.h) / (vw * vh))}% of the screen`);
  for (const t of twins) {
    if (t.x < -0.5 || t.y < -0.5 || t.x + t.w > vw + 0.5 || t.y + t.h > vh + 0.5)
      problems.push(`${where}: "${t.name}" is off the screen (${Math.round(t.x)},${Math.round(t.y)} ${Math.round(t.w)}×${Math.round(t.h)})`);
    if (Math.min(t.w, t.h) < screen.minTarget) problems.push(`${where}: "${t.name}" is ${Math.round(t.w)}×${Math.round(t.h)} px, under ${screen.minTarget}`);
  }
  // Home first among the twins, where Tab and a screen reader start, also after the tablet turned (the frame draws its buttons again).
  if (!/^(Về trang chính|Back to the menu)$/.test(twins[0]?.name ?? '')) problems.push(`${where}: the first twin is "${twins[0]?.name}", not home`);
  const frameTarget = 'frameTarget' in screen ? screen.frameTarget : 0;
  for (const t of twins.slice(0, 2)) if (Math.min(t.w, t.h) < frameTarget) problems.push(`${where}: the frame's "${t.name}" is ${Math.round(t.w)}×${Math.round(t.h)} px, under ${frameTarget}`);
  for (const [i, a] of twins.entries()) for (const b of twins.slice(i + 1)) if (overlap(a, b)) problems.push(`${where}: "${a.name}" overlaps "${b.name}"`);
  return problems;
}

const PARTS = 4;
for (let part = 0; part < PARTS; part++) {
  const mine = ids.filter((_, i) => i % PARTS === part);
  test(`every activity fits every screen: ${mine[0]} and ${mine.length - 1} more`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./');
    await expect(page.locator('.tile').first()).toBeVisible();
    const problems: string[] = [];
    for (const [k, id] of mine.entries()) {
      // The screen it opens on takes turns; then the other three, in order.
      const first = (k + part) % screens.length;
      const order = [...screens.slice(first), ...screens.slice(0, first)];
      for (const [n, screen] of order.entries()) {
        await page.setViewportSize({ width: screen.width, height: screen.height });
        if (n === 0) await open(page, id);
        const shown = await page.evaluate(fittedScreen);
        problems.push(...problemsOn(id, screen, shown));
        // A keyboard user on home keeps it as the screen turns (the frame draws its buttons again).
        if (n === 0) await page.locator('#twins .twin').first().focus();
        else if (!shown.homeFocused) problems.push(`${id} at ${screen.width}×${screen.height}: home lost the keyboard focus`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

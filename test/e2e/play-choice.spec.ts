import { act, effects, expect, home, listenForSounds, live, narrations, openActivity, option, playAgain, pressTwin, readEvidence, test, timesSaid, twin, twins, withVerb } from './support/index.ts';

test.describe('choice, grade 1 maths, through the DOM twins (keyboard)', () => {
  test('a wrong then a right answer, several right options, the end screen and the evidence', async ({ page }) => {
    await listenForSounds(page);
    await openActivity(page, 'l1-cong-trong-10');

    // Item 1: how many apples? A wrong answer first.
    await pressTwin(option(page, '2'));
    await expect(live(page)).toHaveText(/Chưa đúng/);
    await expect(live(page)).toHaveText(/Gợi ý|Chưa đúng/);
    await pressTwin(option(page, '3'), ' ');
    await expect(live(page)).toHaveText('Đúng rồi!');

    // Item 2 and 3: right at once.
    await expect(twins(page)).toHaveAttribute('aria-label', 'Câu 2 trên 4');
    await pressTwin(option(page, '5'));
    await expect(twins(page)).toHaveAttribute('aria-label', 'Câu 3 trên 4');
    await pressTwin(option(page, '10'));

    // Item 4: two right options, then Check.
    await expect(twins(page)).toHaveAttribute('aria-label', 'Câu 4 trên 4');
    await pressTwin(option(page, '3 + 4'));
    await expect(option(page, '3 + 4')).toHaveAttribute('aria-pressed', 'true');
    await pressTwin(option(page, '6 + 1'));
    await pressTwin(twin(page, 'Kiểm tra'));

    await expect(playAgain(page)).toBeVisible();
    await expect(live(page)).toHaveText('Hoàn thành! 3 sao trên 3');

    await expect.poll(async () => (await effects(page)).filter((n) => n !== 'tap')).toEqual(['wrong', 'correct', 'correct', 'correct', 'correct', 'finish']);

    const evidence = await readEvidence(page);
    const answered = withVerb(evidence, 'answered');
    expect(answered.map((s) => [s.object.id.split(':').at(-1), s.result?.success, s.result?.extensions?.['urn:lopvui:ext:attempt']])).toEqual([
      ['1', false, 1],
      ['1', true, 2],
      ['2', true, 1],
      ['3', true, 1],
      ['4', true, 1],
    ]);
    expect(answered[4]?.result?.response).toBe('a[,]c');
    expect(answered[0]?.context.contextActivities.category?.map((c) => c.id)).toEqual(['urn:lopvui:competency:nl.tinh-toan']);
    expect(new Set(evidence.map((s) => s.context.registration)).size).toBe(1);
    const completed = withVerb(evidence, 'completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]?.result?.score).toEqual({ raw: 3.5, min: 0, max: 4, scaled: 0.875 });

    // Back to the menu from the end screen.
    await pressTwin(home(page));
    await expect(page.getByRole('heading', { name: 'Lớp Vui' })).toBeVisible();
  });

  test('arrow keys move between twins and Tab reaches the home button first', async ({ page }) => {
    await openActivity(page, 'l1-cong-trong-10');
    await page.keyboard.press('Tab');
    await expect(twin(page, 'Về trang chính')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(twin(page, 'Nghe lại câu hỏi')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(option(page, /./).first()).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(twin(page, 'Về trang chính')).toBeFocused();

    // A keyboard (or clicker) user keeps the focus on the cards when the next item comes.
    await pressTwin(option(page, '3'));
    await expect(twins(page)).toHaveAttribute('aria-label', 'Câu 2 trên 4');
    await expect(page.locator('#twins .twin:focus')).toHaveAccessibleName(/^Lựa chọn 1: /);
  });
});

test.describe('choice, 4–5-year-olds with pictures and sound, by pointer on the canvas', () => {
  test('taps on the canvas play it to the end, with recordings heard', async ({ page }) => {
    await listenForSounds(page);
    await openActivity(page, 'mn-con-vat-keu');
    // The twins let no pointer through: these clicks land on the canvas itself.
    await expect(option(page, 'chó')).toHaveCSS('pointer-events', 'none');

    const tap = (label: string) => act(page, 'mouse', option(page, label));
    await tap('chó');
    await expect(live(page)).toHaveText(/Chưa đúng.*Gợi ý: Con vật này thích bắt chuột/);
    await expect(option(page, 'chó')).toHaveAttribute('aria-disabled', 'true'); // faded by the hint
    await tap('mèo');
    await expect(live(page)).toHaveText('Đúng rồi!');
    for (const [i, label] of ['cá', 'chó', 'vịt'].entries()) {
      await expect(twins(page)).toHaveAttribute('aria-label', `Câu ${i + 2} trên 4`);
      await tap(label);
      // Counted, not read: after the last one the sticker's words follow within frames.
      await expect.poll(() => timesSaid(page, 'Đúng rồi!')).toBe(i + 2);
    }
    await expect(playAgain(page)).toBeVisible();

    expect((await narrations(page)).slice(0, 1)).toEqual([expect.objectContaining({ how: 'recording', recording: 'levels/mam-non/audio/meo-vi.ogg' })]);
    const evidence = await readEvidence(page);
    expect(withVerb(evidence, 'answered').map((s) => s.result?.success)).toEqual([false, true, true, true, true]);
    expect(evidence[0]?.object.definition?.name).toEqual({ 'vi-VN': 'Con nào kêu meo meo?', 'en-US': 'Which animal says meow?' });
  });
});

test.describe('choice with a finger', () => {
  test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });

  test('touch taps answer, in English', async ({ page }) => {
    await openActivity(page, 'mn-con-vat-keu', 'en');
    await act(page, 'finger', option(page, 'cat'));
    await expect(live(page)).toHaveText('Correct!');
    const evidence = await readEvidence(page);
    expect(evidence).toHaveLength(1);
    expect(evidence[0]?.context.language).toBe('en-US');
  });
});

import { describe, expect, it } from 'vitest';
import { answerStatement, type PlayContext } from '../../../../src/model/evidence/statement.ts';
import type { Statement } from '../../../../src/model/evidence/xapi.ts';
import { galleryHtml, galleryProducts, safeProductSvg } from '../../../../src/model/report/gallery.ts';
import { drawingSvg } from '../../../../src/model/trace/judge.ts';
import { testId } from '../../../support/statements.ts';

const drawing = drawingSvg([
  [
    [10, 10],
    [50, 90],
  ],
]);

function traced(learner: string, activity: string, item: number, at: number, product: string | undefined = drawing): Statement {
  const ctx: PlayContext = {
    homePage: 'http://localhost/',
    learnerId: learner,
    registration: '3f2b8a43-0b5e-4f0b-9d8f-3a4b5c6d7e8f',
    activity: { id: activity, version: 1, title: { vi: 'Tô chữ số', en: 'Trace the digits' }, competencies: [] },
    lang: 'vi',
  };
  return answerStatement(
    ctx,
    {
      itemIndex: item - 1,
      interactionType: 'performance',
      prompt: { vi: `Tô chữ ${item}`, en: `Trace ${item}` },
      response: '1[.]ok',
      success: true,
      attempt: 1,
      hints: 0,
      competencies: [],
      completed: true,
      ...(product !== undefined && { product }),
    },
    { id: testId(), timestamp: at, durationMs: 1000 },
  );
}

describe('a product kept with the evidence', () => {
  it('is taken only in the exact shape the player writes', () => {
    expect(safeProductSvg(drawing)).toBe(drawing);
    expect(safeProductSvg(drawingSvg([]))).toBe(drawingSvg([]));
    expect(safeProductSvg(drawing.replace('<path', '<script>alert(1)</script><path'))).toBeUndefined();
    expect(safeProductSvg(drawing.replace('M10.0', 'M10.0" onload="alert(1)'))).toBeUndefined();
    expect(safeProductSvg(42)).toBeUndefined();
  });
});

describe('the gallery of products', () => {
  const day = (d: number) => Date.UTC(2026, 10, d, 3);
  const statements = [traced('l2', 'to-chu-so', 2, day(3)), traced('l1', 'to-chu-so', 1, day(5)), traced('l1', 'to-chu-cai', 1, day(4)), traced('l3', 'other', 1, day(4)), traced('l3', 'to-chu-so', 1, day(2), '<svg onload="x"/>')];

  it('takes the products of the scope, in its order, oldest first per question, and refuses a foreign SVG', () => {
    const { products, refused } = galleryProducts(statements, ['to-chu-so', 'to-chu-cai']);
    expect(refused).toBe(1);
    expect(products.map((p) => p.file)).toEqual(['products/001-to-chu-so-1.svg', 'products/002-to-chu-so-2.svg', 'products/003-to-chu-cai-1.svg']);
    expect(products[0]).toMatchObject({ svg: drawing, at: new Date(day(5)).toISOString(), activity: { vi: 'Tô chữ số' }, prompt: { vi: 'Tô chữ 1', en: 'Trace 1' } });
    expect(products.every((p) => p.name === undefined)).toBe(true);
  });

  it('names the child only when names are given, and never puts a learner id in a file name or the page', () => {
    const names = new Map([
      ['l1', 'Nguyễn Thị <Lan>'],
      ['l2', 'Trần Văn Minh'],
    ]);
    const { products } = galleryProducts(statements, ['to-chu-so'], names);
    expect(products.map((p) => p.name)).toEqual(['Nguyễn Thị <Lan>', 'Trần Văn Minh']);
    const page = galleryHtml({ lang: 'vi', title: 'Sản phẩm của trẻ', subtitle: '2 sản phẩm', products, date: (iso) => iso.slice(0, 10) });
    expect(page).toContain('Nguyễn Thị &lt;Lan&gt;');
    const anonymous = galleryHtml({ lang: 'vi', title: 'Sản phẩm của trẻ', subtitle: '2 sản phẩm', products: galleryProducts(statements, ['to-chu-so']).products, date: (iso) => iso.slice(0, 10) });
    expect(anonymous).not.toMatch(/Lan|Minh|l1|l2/);
  });

  it('is a static page: no script, the pictures beside it, A4 print rules, each card with its date and activity', () => {
    const { products } = galleryProducts(statements, ['to-chu-so']);
    const page = galleryHtml({ lang: 'en', title: 'Pupils’ work', subtitle: '2 products', products, date: (iso) => iso.slice(0, 10) });
    expect(page).not.toMatch(/<script|javascript:|https?:\/\/(?!www\.w3\.org)/i);
    expect(page).toContain("script-src 'none'");
    expect(page).toContain('@page { size: A4;');
    expect(page).toContain('<img src="products/001-to-chu-so-1.svg" alt="Trace 1"');
    expect(page).toContain('<time datetime="2026-11-05T03:00:00.000Z">2026-11-05</time>');
    expect(page).toContain('Trace the digits');
  });
});

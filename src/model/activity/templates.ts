import type { ActivityKind } from './schema.ts';

/**
 * The smallest valid activity of each kind, as `npm run new` writes it: every text says what
 * belongs there, so the file explains itself without comments (JSON has none). A test
 * validates each one; the guide (docs/authoring.md) shows the same shapes.
 */
type Body = Record<string, unknown>;

const say = (vi: string, en: string) => ({ vi, en });

const BODIES: Record<ActivityKind, { subject: string; band: string; competencies: string[]; body: Body }> = {
  choice: {
    subject: 'science',
    band: 'mn-4-5',
    competencies: ['mn.nhan-thuc'],
    body: {
      items: [
        {
          prompt: say('Con nào kêu meo meo?', 'Which animal says meow?'),
          options: [
            { image: 'images/animals/cat.svg', text: say('mèo', 'cat'), correct: true },
            { image: 'images/animals/dog.svg', text: say('chó', 'dog') },
          ],
        },
      ],
    },
  },
  sort: {
    subject: 'science',
    band: 'mn-5-6',
    competencies: ['mn.nhan-thuc'],
    body: {
      bins: [
        { id: 'chim', label: say('Chìm', 'Sinks') },
        { id: 'noi', label: say('Nổi', 'Floats') },
      ],
      items: [
        { image: 'images/things/stone.svg', text: say('hòn đá', 'stone'), bin: 'chim' },
        { image: 'images/things/leaf.svg', text: say('chiếc lá', 'leaf'), bin: 'noi' },
      ],
    },
  },
  match: {
    subject: 'math',
    band: 'mn-5-6',
    competencies: ['cs5.104'],
    body: {
      pairs: [
        { left: { text: '3' }, right: { image: 'images/math/apples-3.svg' } },
        { left: { text: '4' }, right: { image: 'images/math/apples-4.svg' } },
      ],
    },
  },
  sequence: {
    subject: 'science',
    band: 'lop-1',
    competencies: ['nl.khoa-hoc'],
    body: {
      cards: [
        { image: 'images/plant/seed.svg', text: say('Hạt', 'Seed') },
        { image: 'images/plant/sprout.svg', text: say('Nảy mầm', 'Sprout') },
        { image: 'images/plant/flower.svg', text: say('Ra hoa', 'Flower') },
      ],
    },
  },
  count: {
    subject: 'math',
    band: 'mn-4-5',
    competencies: ['cs5.104'],
    body: { image: 'images/animals/duck.svg', items: [{ count: 3 }, { count: 5 }] },
  },
  numeric: {
    subject: 'math',
    band: 'lop-1',
    competencies: ['nl.tinh-toan'],
    body: { items: [{ prompt: '3 + 4 = ?', answer: 7 }, { compare: [5, 8] }] },
  },
  path: {
    subject: 'technology',
    band: 'lop-2',
    competencies: ['nl.tin-hoc'],
    body: { items: [{ cols: 4, rows: 3, start: { x: 0, y: 1 }, goal: { x: 3, y: 1 } }] },
  },
  balance: {
    subject: 'science',
    band: 'lop-1',
    competencies: ['nl.khoa-hoc'],
    body: {
      objects: [
        { id: 'tao', text: say('quả táo', 'apple'), image: 'images/math/apple.svg', mass: 3 },
        { id: 'khoi', text: say('khối vuông', 'cube'), image: 'images/math/cube.svg', mass: 1 },
      ],
      items: [
        { task: 'heavier', left: ['tao'], right: ['khoi'] },
        { task: 'balance', left: ['tao'], shelf: ['khoi', 'khoi', 'khoi', 'khoi'] },
      ],
    },
  },
  story: {
    subject: 'story',
    band: 'mn-3-4',
    competencies: ['mn.ngon-ngu'],
    body: {
      pages: [
        {
          image: 'images/scenes/yard.svg',
          text: say('Mèo con ra sân chơi.', 'The kitten goes out to play.'),
          hotspots: [{ x: 40, y: 58, w: 13, h: 30, label: say('mèo con', 'kitten'), image: 'images/animals/cat.svg' }],
        },
        { image: 'images/scenes/pond.svg', text: say('Mèo con gặp bạn vịt. Hết.', 'The kitten meets a duck. The end.'), end: true },
      ],
    },
  },
  syllable: {
    subject: 'vietnamese',
    band: 'lop-1',
    competencies: ['nl.ngon-ngu'],
    body: { items: [{ syllable: 'bà', word: say('bà ngoại', 'grandma') }, { syllable: 'cá', image: 'images/animals/fish.svg' }] },
  },
  words: {
    subject: 'vietnamese',
    band: 'lop-1',
    competencies: ['nl.ngon-ngu'],
    body: {
      items: [
        { type: 'spell', word: say('mèo', 'cat'), image: 'images/animals/cat.svg' },
        { type: 'sentence', sentence: say('Em yêu bà.', 'I love grandma.') },
      ],
    },
  },
  trace: {
    subject: 'vietnamese',
    band: 'lop-1',
    competencies: ['nl.ngon-ngu'],
    body: { items: [{ glyph: 'a', word: say('a: con cá', 'a: a fish') }, { glyph: '1' }] },
  },
  memory: {
    subject: 'vietnamese',
    band: 'mn-5-6',
    competencies: ['mn.ngon-ngu'],
    body: {
      pairs: [
        { a: { image: 'images/animals/cat.svg' }, b: { text: say('mèo', 'cat') } },
        { a: { image: 'images/animals/dog.svg' }, b: { text: say('chó', 'dog') } },
      ],
    },
  },
};

/** A new activity file of `kind` with this `id`, `$schema` pointing at the schema from its folder. */
export function activityTemplate(kind: ActivityKind, id: string, schemaPath: string): Body {
  const { subject, band, competencies, body } = BODIES[kind];
  return {
    $schema: schemaPath,
    id,
    version: 1,
    kind,
    title: say('Tên hoạt động', 'Name of the activity'),
    instructions: say('Câu hướng dẫn bé nghe khi bắt đầu.', 'What the child hears at the start.'),
    subject,
    band,
    competencies,
    ...body,
  };
}

/** A file as `npm run new` writes it: two-space JSON, a newline at the end. */
export const templateText = (kind: ActivityKind, id: string, schemaPath: string) => `${JSON.stringify(activityTemplate(kind, id, schemaPath), null, 2)}\n`;

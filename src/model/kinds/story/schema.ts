import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { localizedMedia, localizedText } from '../../activity/localized.ts';
import { choiceItem } from '../choice/schema.ts';
import { reachablePages } from './rules.ts';

const pageId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id.format' });
const percent = z.number().min(0).max(100);
const wordTimes = z.array(z.number().min(0)).max(500);

const hotspot = z.strictObject({
  id: pageId.optional().meta({ description: 'Names it in the evidence; its position in the list otherwise.' }),
  x: percent.meta({ description: 'Left edge, in % of the scene width.' }),
  y: percent.meta({ description: 'Top edge, in % of the scene height.' }),
  w: percent.min(4).meta({ description: 'Width, in % of the scene width.' }),
  h: percent.min(4).meta({ description: 'Height, in % of the scene height.' }),
  label: localizedText.meta({ description: 'What it is ("con mèo"): its name for screen readers and the word shown.' }),
  image: localizedMedia.optional().meta({ description: 'A picture drawn in the area (a character, an object).' }),
  say: localizedText.optional().meta({ description: 'Said when tapped (the label otherwise).' }),
  sound: localizedMedia.optional().meta({ description: 'A sound played when tapped (a cat meowing), before `say`.' }),
  animation: z.enum(['bounce', 'wiggle', 'spin', 'grow']).default('bounce').meta({ description: 'How it moves when tapped.' }),
});

const page = z.strictObject({
  id: pageId.optional().meta({ description: 'Needed only to branch to this page.' }),
  image: localizedMedia.optional().meta({ description: 'The scene, 16:9.' }),
  text: localizedText.optional().meta({ description: 'What is read on this page.' }),
  audio: localizedMedia.optional().meta({ description: 'The page read aloud; speech reads `text` otherwise.' }),
  timing: z
    .union([wordTimes, z.strictObject({ vi: wordTimes.optional(), en: wordTimes.optional() })])
    .optional()
    .meta({ description: 'When each word of `text` starts in `audio`, in seconds ({ "vi": [...], "en": [...] } per recording): the word being read lights up.' }),
  hotspots: z.array(hotspot).max(12).default([]).meta({ description: 'Things to tap on the page: each says its word and moves.' }),
  choices: z
    .array(z.strictObject({ text: localizedText, image: localizedMedia.optional(), goto: pageId.meta({ description: 'The id of the page this choice leads to.' }) }))
    .min(2)
    .max(3)
    .optional()
    .meta({ description: 'A choice point: the child picks where the story goes.' }),
  question: choiceItem.optional().meta({ description: 'A question (as in a choice activity) to answer before the page turns.' }),
  next: pageId.optional().meta({ description: 'The page after this one, by id (the following page otherwise).' }),
  end: z.boolean().default(false).meta({ description: 'The story ends after this page.' }),
});

/** `story`: explore a picture story page by page, with narration, hotspots, choices and questions. */
export const storyActivity = z
  .strictObject({
    ...envelope,
    kind: z.literal('story').meta({ description: 'story: explore a picture story page by page, with hotspots, choices and questions.' }),
    pages: z.array(page).min(1).max(40).meta({ description: 'The pages, in reading order.' }),
  })
  .check((ctx) => {
    const ids = new Set(ctx.value.pages.flatMap((p) => (p.id ? [p.id] : [])));
    // A link to a page that is not there also cuts off the pages it was the way to: say which.
    const reached = reachablePages(ctx.value);
    const name = (p: { id?: string | undefined }, i: number) => (p.id ? `"${p.id}"` : String(i + 1));
    const stranded = ctx.value.pages.flatMap((p, i) => (reached.has(i) ? [] : [name(p, i)])).join(', ');
    const pages = [...ids].map((id) => `"${id}"`).join(', ') || '—';
    ctx.value.pages.forEach((p, i) => {
      const missing = (to: string, path: (string | number)[]) =>
        ctx.issues.push({ code: 'custom', message: stranded ? 'story.noPageStrands' : 'story.noPage', params: { page: to, pages, stranded }, input: to, path: ['pages', i, ...path] });
      if (p.next && !ids.has(p.next)) missing(p.next, ['next']);
      p.choices?.forEach((c, j) => !ids.has(c.goto) && missing(c.goto, ['choices', j, 'goto']));
    });
    if (ctx.issues.length > 0) return;
    ctx.value.pages.forEach((p, i) => {
      if (!reached.has(i)) ctx.issues.push({ code: 'custom', message: 'story.unreachable', params: { page: p.id ?? i + 1 }, input: p, path: ['pages', i] });
    });
  });

export type StoryActivity = z.infer<typeof storyActivity>;
export type StoryPage = StoryActivity['pages'][number];
export type Hotspot = StoryPage['hotspots'][number];

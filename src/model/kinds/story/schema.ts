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
  w: percent.min(4),
  h: percent.min(4),
  label: localizedText.meta({ description: 'What it is ("con mèo"): its name for screen readers and the word shown.' }),
  image: localizedMedia.optional().meta({ description: 'A picture drawn in the area (a character, an object).' }),
  say: localizedText.optional().meta({ description: 'Said when tapped (the label otherwise).' }),
  sound: localizedMedia.optional().meta({ description: 'A sound played when tapped (a cat meowing), before `say`.' }),
  animation: z.enum(['bounce', 'wiggle', 'spin', 'grow']).default('bounce'),
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
  hotspots: z.array(hotspot).max(12).default([]),
  choices: z
    .array(z.strictObject({ text: localizedText, image: localizedMedia.optional(), goto: pageId }))
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
    kind: z.literal('story'),
    pages: z.array(page).min(1).max(40),
  })
  .check((ctx) => {
    const ids = new Set(ctx.value.pages.flatMap((p) => (p.id ? [p.id] : [])));
    ctx.value.pages.forEach((p, i) => {
      const missing = (to: string, path: (string | number)[]) => ctx.issues.push({ code: 'custom', message: 'story.noPage', params: { page: to }, input: to, path: ['pages', i, ...path] });
      if (p.next && !ids.has(p.next)) missing(p.next, ['next']);
      p.choices?.forEach((c, j) => !ids.has(c.goto) && missing(c.goto, ['choices', j, 'goto']));
    });
    if (ctx.issues.length > 0) return;
    const reached = reachablePages(ctx.value);
    ctx.value.pages.forEach((p, i) => {
      if (!reached.has(i)) ctx.issues.push({ code: 'custom', message: 'story.unreachable', params: { page: p.id ?? i + 1 }, input: p, path: ['pages', i] });
    });
  });

export type StoryActivity = z.infer<typeof storyActivity>;
export type StoryPage = StoryActivity['pages'][number];
export type Hotspot = StoryPage['hotspots'][number];

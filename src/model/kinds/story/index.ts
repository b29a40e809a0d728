import { defineKind } from '../definition.ts';
import { answerQuestion, forward, isStoryPlay, questionEvidence, startStory, storySummary, type StoryAnswer } from './rules.ts';
import { storyActivity } from './schema.ts';
import { storyTemplate } from './template.ts';

/** `story`: pages to turn, hotspots to find, branches to choose; a page's question is answered by the choice rules. */
export const storyKind = defineKind({
  kind: 'story',
  schema: storyActivity,
  template: storyTemplate,
  labels: (a) => a.pages.flatMap((p) => (p.question ? [p.question.prompt] : [])),
  start: () => startStory(),
  answer: (play, input: StoryAnswer) => answerQuestion(play, input),
  evidence: ({ before, input, outcome }, a) => questionEvidence(a, before, input, outcome),
  finished: (play, a) => forward(a, play).type === 'end',
  summary: storySummary,
  checkpoint: (play) => play,
  resume: (saved, _fresh, a) => (isStoryPlay(saved, a) ? saved : undefined),
});

import { LANGS, pick, type LocalizedMedia, type LocalizedText } from '../activity/lang.ts';
import type { AnswerEvidence } from './answer-evidence.ts';
import { isoDuration } from './time.ts';
import { itemScore } from '../kinds/score.ts';
import { IRI, LANGUAGE_TAGS, VERBS, type ActivityRef, type Agent, type LanguageMap, type Statement } from './xapi.ts';

/** Who played, where, in which play session: what every statement of one play shares. */
export interface PlayContext {
  /** The deployment's URL: the account's homePage. */
  homePage: string;
  /** An opaque local learner id, never a name. */
  learnerId: string;
  /** The play session (xAPI registration), a UUID. */
  registration: string;
  activity: { id: string; version: number; title: LocalizedText; competencies: string[] };
  lang: 'vi' | 'en';
}

/** A language map in xAPI's tags from a text of the activity file. */
export function languageMap(text: LocalizedText | LocalizedMedia): LanguageMap {
  const tags = LANGUAGE_TAGS;
  if (typeof text === 'string') return { [tags.vi]: text };
  const map: LanguageMap = {};
  for (const l of LANGS) if (text[l] !== undefined) map[tags[l]] = pick(text, l);
  return map;
}

function actor(ctx: PlayContext): Agent {
  return { objectType: 'Agent', account: { homePage: ctx.homePage, name: ctx.learnerId } };
}

function activityRef(ctx: PlayContext): ActivityRef {
  return {
    objectType: 'Activity',
    id: IRI.activity(ctx.activity.id),
    definition: { type: IRI.assessmentType, name: languageMap(ctx.activity.title) },
  };
}

function context(ctx: PlayContext, competencies: string[]): Statement['context'] {
  return {
    registration: ctx.registration,
    platform: 'Lớp Vui',
    language: ctx.lang === 'vi' ? 'vi-VN' : 'en-US',
    contextActivities: {
      parent: [activityRef(ctx)],
      category: competencies.map((c) => ({ objectType: 'Activity', id: IRI.competency(c) })),
    },
    extensions: { [IRI.ext.activityVersion]: ctx.activity.version },
  };
}

/** The statement for one answer: "learner answered item n of activity, with this response". */
export function answerStatement(ctx: PlayContext, ev: AnswerEvidence, meta: { id: string; timestamp: number; durationMs: number }): Statement {
  const definition: NonNullable<ActivityRef['definition']> = {
    type: IRI.interactionType,
    name: languageMap(ev.prompt),
    interactionType: ev.interactionType,
  };
  if (ev.correctResponsesPattern) definition.correctResponsesPattern = ev.correctResponsesPattern;
  const components = (list: NonNullable<AnswerEvidence['choices']>) => list.map((c) => ({ id: c.id, description: languageMap(c.description) }));
  if (ev.choices) definition.choices = components(ev.choices);
  if (ev.source) definition.source = components(ev.source);
  if (ev.target) definition.target = components(ev.target);
  return {
    id: meta.id,
    actor: actor(ctx),
    verb: VERBS.answered,
    object: { objectType: 'Activity', id: IRI.item(ctx.activity.id, ev.itemIndex), definition },
    result: {
      success: ev.success,
      completion: ev.completed,
      response: ev.response,
      duration: isoDuration(meta.durationMs),
      // The item's score once it ends: 1 right at the first try, 0.5 right later, 0 shown.
      ...(ev.completed && { score: scoreOf(ev) }),
      extensions: {
        [IRI.ext.attempt]: ev.attempt,
        [IRI.ext.hints]: ev.hints,
        ...(ev.product !== undefined && { [IRI.ext.product]: ev.product }),
        ...(ev.byKey !== undefined && { [IRI.ext.byKey]: ev.byKey }),
      },
    },
    context: context(ctx, ev.competencies),
    timestamp: new Date(meta.timestamp).toISOString(),
  };
}

function scoreOf(ev: AnswerEvidence): { raw: number; min: number; max: number; scaled: number } {
  const raw = itemScore(ev.success, ev.attempt);
  return { raw, min: 0, max: 1, scaled: raw };
}

/** The statement for finishing the activity, with its score. */
export function completedStatement(
  ctx: PlayContext,
  score: { raw: number; max: number; stars: number },
  meta: { id: string; timestamp: number; durationMs: number },
): Statement {
  const scaled = score.max > 0 ? score.raw / score.max : 0;
  // The activity itself is the object: its context names the competencies, not a parent.
  const base = context(ctx, ctx.activity.competencies);
  const { parent: _parent, ...categories } = base.contextActivities;
  return {
    id: meta.id,
    actor: actor(ctx),
    verb: VERBS.completed,
    object: activityRef(ctx),
    result: {
      completion: true,
      success: scaled >= 0.5,
      duration: isoDuration(meta.durationMs),
      score: { raw: score.raw, min: 0, max: score.max, scaled },
      extensions: { [IRI.ext.stars]: score.stars },
    },
    context: { ...base, contextActivities: categories },
    timestamp: new Date(meta.timestamp).toISOString(),
  };
}

/** What a child found or chose while exploring (a story's hotspot, a branch): no right or wrong. */
export interface Discovery {
  /** Its IRI suffix under the activity: "page:2:hotspot:cat". */
  path: string;
  name: LocalizedText;
  /** For a choice: what was chosen. */
  response?: string;
  competencies: string[];
}

/** The statement "learner experienced the cat on page 2 of the story". */
export function experiencedStatement(ctx: PlayContext, d: Discovery, meta: { id: string; timestamp: number }): Statement {
  return {
    id: meta.id,
    actor: actor(ctx),
    verb: VERBS.experienced,
    object: { objectType: 'Activity', id: `${IRI.activity(ctx.activity.id)}:${d.path}`, definition: { name: languageMap(d.name) } },
    ...(d.response !== undefined && { result: { response: d.response } }),
    context: context(ctx, d.competencies),
    timestamp: new Date(meta.timestamp).toISOString(),
  };
}

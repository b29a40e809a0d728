import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../../../src/model/activity/schema.ts';
import { answerChoice, choiceEvidence, startChoice } from '../../../../src/model/kinds/choice/rules.ts';
import { seededRng } from '../../../../src/model/random.ts';
import { PlaySession } from '../../../../src/model/evidence/session.ts';
import { isoDuration, statementTime } from '../../../../src/model/evidence/time.ts';
import type { Statement } from '../../../../src/model/evidence/xapi.ts';
import { xapiErrors } from '../../../support/xapi-schema.ts';

const activity = activitySchema.parse({
  id: 'con-vat',
  version: 3,
  kind: 'choice',
  title: { vi: 'Con vật', en: 'Animals' },
  subject: 'science',
  band: 'mn-4-5',
  competencies: ['mn.nhan-thuc'],
  shuffle: false,
  items: [{ prompt: { vi: 'Con nào kêu meo meo?', en: 'Which says meow?' }, options: [{ text: { vi: 'mèo', en: 'cat' }, correct: true }, { image: 'images/dog.svg' }] }],
});

function session(now: () => number) {
  const sent: Statement[] = [];
  let n = 0;
  const s = new PlaySession({
    ctx: {
      homePage: 'http://localhost:4173/',
      learnerId: 'learner-7',
      registration: '3f2b8a43-0b5e-4f0b-9d8f-3a4b5c6d7e8f',
      activity: { id: activity.id, version: activity.version, title: activity.title, competencies: activity.competencies },
      lang: 'vi',
    },
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    now,
    notBefore: Date.UTC(2026, 0, 1),
    sink: (st) => sent.push(st),
  });
  return { s, sent };
}

describe('answer statement', () => {
  it('is a valid xAPI statement carrying who, what, the response, the attempt, the time and the competencies', () => {
    let clock = Date.UTC(2026, 10, 24, 8, 0, 0);
    const { s, sent } = session(() => clock);
    const play = startChoice(activity.kind === 'choice' ? activity : (undefined as never), seededRng(1));
    clock += 4250;
    const { outcome } = answerChoice(play, [1]);
    s.answered(choiceEvidence(play, [1], outcome)!);
    expect(sent).toHaveLength(1);
    const st = sent[0]!;
    expect(xapiErrors(st)).toEqual([]);
    expect(st).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      actor: { objectType: 'Agent', account: { homePage: 'http://localhost:4173/', name: 'learner-7' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
      object: {
        id: 'urn:lopvui:activity:con-vat:item:1',
        definition: { interactionType: 'choice', correctResponsesPattern: ['a'], name: { 'vi-VN': 'Con nào kêu meo meo?', 'en-US': 'Which says meow?' } },
      },
      result: { success: false, response: 'b', duration: 'PT4.25S', extensions: { 'urn:lopvui:ext:attempt': 1 } },
      context: {
        registration: '3f2b8a43-0b5e-4f0b-9d8f-3a4b5c6d7e8f',
        contextActivities: { parent: [{ id: 'urn:lopvui:activity:con-vat' }], category: [{ id: 'urn:lopvui:competency:mn.nhan-thuc' }] },
        extensions: { 'urn:lopvui:ext:activity-version': 3 },
      },
      timestamp: '2026-11-24T08:00:04.250Z',
    });
    expect(JSON.stringify(st)).not.toMatch(/mbox|email/);
    expect(st.result?.score).toBeUndefined(); // the item goes on: no score yet
  });

  it('scores the answer that ends an item', () => {
    const { s, sent } = session(() => Date.UTC(2026, 10, 24));
    const play = startChoice(activity.kind === 'choice' ? activity : (undefined as never), seededRng(1));
    const first = answerChoice(play, [1]);
    s.answered(choiceEvidence(play, [1], first.outcome)!);
    const second = answerChoice(first.play, [0]);
    s.answered(choiceEvidence(first.play, [0], second.outcome)!);
    expect(sent[1]?.result?.score).toEqual({ raw: 0.5, min: 0, max: 1, scaled: 0.5 });
    expect(xapiErrors(sent[1])).toEqual([]);
  });

  it('completed statement has a valid score', () => {
    const { s, sent } = session(() => Date.UTC(2026, 10, 24));
    s.completed({ raw: 1.5, max: 2, stars: 2 });
    expect(xapiErrors(sent[0])).toEqual([]);
    expect(sent[0]?.result?.score).toEqual({ raw: 1.5, min: 0, max: 2, scaled: 0.75 });
    expect(sent[0]?.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
  });

  it('the schema check itself rejects a broken statement', () => {
    const { s, sent } = session(() => Date.UTC(2026, 10, 24));
    s.completed({ raw: 1, max: 1, stars: 3 });
    const broken = { ...sent[0], actor: { objectType: 'Agent', account: { name: 'x' } }, id: 'not-a-uuid' };
    expect(xapiErrors(broken).length).toBeGreaterThan(0);
  });
});

describe('time', () => {
  it('writes ISO 8601 durations', () => {
    expect(isoDuration(4250)).toBe('PT4.25S');
    expect(isoDuration(61_000)).toBe('PT1M1S');
    expect(isoDuration(3_600_000 + 5)).toBe('PT1H0.01S');
    expect(isoDuration(-5)).toBe('PT0S');
    expect(isoDuration(Number.NaN)).toBe('PT0S');
  });

  it('never stamps before the build of the player, and uses the clock otherwise', () => {
    const built = Date.UTC(2026, 0, 1);
    expect(statementTime(Date.UTC(1970, 0, 1), built)).toBe(built);
    expect(statementTime(Date.UTC(2026, 5, 1), built)).toBe(Date.UTC(2026, 5, 1));
    expect(statementTime(Number.NaN, built)).toBe(built);
  });
});

describe('a play whose first item was answered before the engine had loaded', () => {
  it('its answers are stamped at their own time, timed from when the item was shown, and the play from its start', () => {
    let clock = Date.UTC(2026, 11, 1, 8, 0, 10);
    const sent: Statement[] = [];
    const s = new PlaySession(
      {
        ctx: { homePage: 'http://localhost:4173/', learnerId: 'l', registration: '3f2b8a43-0b5e-4f0b-9d8f-3a4b5c6d7e8f', activity: { id: activity.id, version: activity.version, title: activity.title, competencies: activity.competencies }, lang: 'vi' },
        newId: () => '00000000-0000-4000-8000-000000000001',
        now: () => clock,
        notBefore: Date.UTC(2026, 0, 1),
        sink: (st) => sent.push(st),
      },
      Date.UTC(2026, 11, 1, 8, 0, 0),
    );
    s.itemShown(Date.UTC(2026, 11, 1, 8, 0, 0));
    const play = startChoice(activity.kind === 'choice' ? activity : (undefined as never), seededRng(1));
    const { outcome } = answerChoice(play, [0]);
    const ev = choiceEvidence(play, [0], outcome);
    if (!ev) throw new Error('no evidence');
    s.answered(ev, Date.UTC(2026, 11, 1, 8, 0, 4));
    expect(sent[0]?.timestamp).toBe('2026-12-01T08:00:04.000Z');
    expect(sent[0]?.result?.duration).toBe(isoDuration(4000));
    clock = Date.UTC(2026, 11, 1, 8, 1, 0);
    s.completed({ raw: 1, max: 1, stars: 3 });
    expect(sent[1]?.result?.duration).toBe(isoDuration(60_000));
  });
});

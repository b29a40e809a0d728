import { describe, expect, it } from 'vitest';
import { activitySchema, KINDS, type Activity } from '../../../../src/model/activity/schema.ts';
import { activityTemplate } from '../../../../src/model/activity/templates.ts';
import { KIND_DEFINITIONS } from '../../../../src/model/kinds/index.ts';
import { definitionOf, itemLabels } from '../../../../src/model/kinds/lookup.ts';
import { seededRng } from '../../../../src/model/random.ts';

/** The contract every kind keeps, checked on each kind's own template (the smallest valid activity). */
interface Contract {
  start(a: Activity, ctx: { rng: () => number; lang: 'vi' }): unknown;
  finished(play: unknown, a: Activity): boolean;
  checkpoint(play: unknown): unknown;
  resume(saved: unknown, fresh: unknown, a: Activity): unknown;
  summary(play: unknown): { raw: number; max: number; stars: number };
}

const templateOf = (kind: Activity['kind']): Activity => activitySchema.parse(activityTemplate(kind, `t-${kind}`, '../schema/activity.schema.json'));

describe('the kinds registry', () => {
  it('lists each kind once, and the activity union is built from it', () => {
    expect(new Set(KINDS).size).toBe(KIND_DEFINITIONS.length);
    expect(activitySchema.options.map((o) => o.shape.kind.value)).toEqual(KINDS);
  });

  for (const d of KIND_DEFINITIONS) {
    describe(d.kind, () => {
      const a = templateOf(d.kind);
      // The one cast of the test: each definition is typed for its own kind; the registry ties them.
      const rules = definitionOf(d.kind) as unknown as Contract;

      it('labels every item of its template', () => {
        const labels = itemLabels(a);
        // A story's items are its questions; the template's story has none.
        if (d.kind !== 'story') expect(labels.length).toBeGreaterThan(0);
        for (const l of labels) expect(l).not.toBe('');
      });

      it('starts a play that is not finished, and resumes it from its own checkpoint', () => {
        const fresh = rules.start(a, { rng: seededRng(7), lang: 'vi' });
        expect(rules.finished(fresh, a)).toBe(false);
        const saved = JSON.parse(JSON.stringify(rules.checkpoint(fresh)));
        expect(rules.resume(saved, fresh, a)).toBeDefined();
        expect(rules.resume({ nonsense: true }, fresh, a)).toBeUndefined();
      });

      it('scores a play with nothing answered at one star at least (never none)', () => {
        const { stars } = rules.summary(rules.start(a, { rng: seededRng(7), lang: 'vi' }));
        expect(stars).toBeGreaterThanOrEqual(1);
      });
    });
  }
});

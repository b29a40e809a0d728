import { describe, expect, it } from 'vitest';
import { claimView } from '../../../src/ui/teacher/latest-view.ts';

describe('the evidence pane shows the view asked last', () => {
  it('an earlier view still loading is no longer current once another is asked; panes are apart', () => {
    const pane = {} as HTMLElement;
    const other = {} as HTMLElement;
    const an = claimView(pane);
    expect(an()).toBe(true);
    const binh = claimView(pane);
    const elsewhere = claimView(other);
    expect(an()).toBe(false);
    expect(binh()).toBe(true);
    expect(elsewhere()).toBe(true);
    // Shown again after a save: the new view is current, the old one stays out.
    const again = claimView(pane);
    expect(binh()).toBe(false);
    expect(again()).toBe(true);
  });
});

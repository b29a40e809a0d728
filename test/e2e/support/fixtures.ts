import { test as base, expect } from '@playwright/test';

/**
 * The `test` every spec uses (import it from `./support/index.ts`, never from Playwright).
 * Checks that every page of every test must pass belong here, as page fixtures with
 * `{ auto: true }`: one place, and no spec can forget them.
 */
export const test = base.extend({});

export { expect };

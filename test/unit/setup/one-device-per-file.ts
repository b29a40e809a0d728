import { expect } from 'vitest';

// Node's BroadcastChannel reaches every thread of the process, and Vitest runs two test files at once, one per
// thread: the evidence store of one file heard another file's answers as if a second tab of the same device had
// given them (an import of 2500 statements counted 2503, once in CI). Each test file is a device of its own here:
// its channels carry its path in their name, so its stores hear only each other, as tabs of one device do.
const NATIVE = Symbol.for('lopvui.nativeBroadcastChannel');
const scope = globalThis as typeof globalThis & { [NATIVE]?: typeof BroadcastChannel };
const Native = (scope[NATIVE] ??= globalThis.BroadcastChannel);
if (Native) {
  globalThis.BroadcastChannel = class extends Native {
    constructor(name: string) {
      super(`${expect.getState().testPath ?? ''}|${name}`);
    }
  };
}

/** Types of ensure-chromium.mjs (plain JavaScript so that node runs it before anything is built). */
export declare const DEBIAN_CHROMIUM: string;
export type ChromiumDecision = { action: 'ok'; path: string } | { action: 'install'; command: string } | { action: 'stop'; message: string };
export declare function decide(facts: { chromiumPath?: string | undefined; exists: (path: string) => boolean; uid?: number | undefined; hasAptGet: boolean }): ChromiumDecision;

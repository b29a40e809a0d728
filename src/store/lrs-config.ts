/**
 * The school's LRS as the teacher set it: only on this device (localStorage), never sent
 * anywhere but to that LRS. Nothing is synced until a teacher sets it and turns it on.
 */
export interface LrsConfig {
  /** The xAPI endpoint, e.g. "https://lrs.truong.edu.vn/data/xAPI/" (statements are POSTed to <endpoint>statements). */
  endpoint: string;
  key: string;
  secret: string;
  /** Syncing on (a teacher may stop it and keep the settings). */
  enabled: boolean;
  /** Send learners' names with their local ids (off: the LRS sees opaque ids only). */
  sendNames: boolean;
}

const KEY = 'lopvui.lrs';

export function loadLrsConfig(): LrsConfig | undefined {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<LrsConfig> | null;
    if (!v || typeof v.endpoint !== 'string' || typeof v.key !== 'string' || typeof v.secret !== 'string') return undefined;
    return { endpoint: v.endpoint, key: v.key, secret: v.secret, enabled: v.enabled === true, sendNames: v.sendNames === true };
  } catch {
    return undefined;
  }
}

export function saveLrsConfig(c: LrsConfig | undefined): void {
  if (c) localStorage.setItem(KEY, JSON.stringify(c));
  else localStorage.removeItem(KEY);
}

const LAST = 'lopvui.lrs.lastSuccess';
export const loadLastSuccess = () => Number(localStorage.getItem(LAST)) || undefined;
export const saveLastSuccess = (t: number) => localStorage.setItem(LAST, String(t));

import XAPI from '@xapi/xapi';
import type { Statement } from '../model/evidence/xapi.ts';
import type { SendResult } from '../model/sync/lrs-sync.ts';
import { endpointProblem, REDIRECT_REFUSED } from './endpoint.ts';
import type { LrsConfig } from '../store/lrs-config.ts';

/** The library's adapter type (not exported by name): a function from a request to a response. */
type AdapterFunction = Extract<NonNullable<ConstructorParameters<typeof XAPI>[0]['adapter']>, (...args: never[]) => unknown>;

/**
 * The LRS through @xapi/xapi (the xAPI 1.0.3 client: endpoints, the version header, Basic auth),
 * with a fetch adapter of ours that hands back every status: what the LRS answered decides
 * whether a statement is sent, set aside, or tried again. A redirect is never followed (it would
 * carry the key and secret, and the statements, to another address): `redirect: 'manual'` stops
 * it as `redirect: 'error'` would, and lets us tell the teacher that it was a redirect.
 */
const answerEveryStatus: AdapterFunction = async ({ url, method, headers, data }) => {
  const res = await fetch(url, { method, headers, redirect: 'manual', credentials: 'omit', ...(data !== undefined && { body: typeof data === 'string' ? data : JSON.stringify(data) }), signal: AbortSignal.timeout(30_000) });
  if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) throw new Error(REDIRECT_REFUSED);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { data: body as never, headers: Object.fromEntries(res.headers.entries()), status: res.status };
};

export function lrsClient(config: LrsConfig): XAPI {
  // A configuration saved before the rule (or edited by hand) is refused before any request.
  const problem = endpointProblem(config.endpoint);
  if (problem) throw new Error(`endpoint: ${problem}`);
  const endpoint = config.endpoint.endsWith('/') ? config.endpoint : `${config.endpoint}/`;
  return new XAPI({ endpoint, auth: XAPI.toBasicAuth(config.key, config.secret), version: '1.0.3', adapter: answerEveryStatus });
}

/** The LRS's own words for a refusal: its message, or its list of problems. */
function reasonOf(status: number, data: unknown): string {
  if (data && typeof data === 'object') {
    const d = data as { message?: unknown; warnings?: unknown };
    const parts = [typeof d.message === 'string' ? d.message : '', Array.isArray(d.warnings) ? d.warnings.join('; ') : ''].filter(Boolean);
    if (parts.length) return `${status}: ${parts.join(' — ')}`;
  }
  return `${status}: ${String(data).slice(0, 500)}`;
}

/** POST these statements; what the LRS said, as the sync understands it. */
export function sender(config: LrsConfig, withNames: (s: Statement) => Statement): (statements: Statement[]) => Promise<SendResult> {
  return async (statements) => {
    try {
      const xapi = lrsClient(config);
      const res = await xapi.sendStatements({ statements: statements.map(withNames) as never });
      const { status, data } = res;
      if (status >= 200 && status < 300) return { type: 'stored' };
      if (status === 409) return { type: 'conflict' };
      if (status === 400) return { type: 'rejected', reason: reasonOf(status, data) };
      if (status === 401 || status === 403) return { type: 'unauthorized', reason: reasonOf(status, data) };
      return { type: 'failed', reason: reasonOf(status, data) };
    } catch (e) {
      return { type: 'failed', reason: e instanceof Error ? e.message : String(e) };
    }
  };
}

/** "Test connection": the LRS answers /about, and accepts the key (an empty query of statements). */
export async function testConnection(config: LrsConfig): Promise<{ ok: boolean; detail: string }> {
  try {
    const xapi = lrsClient(config);
    const res = await xapi.getStatements({ limit: 1 });
    if (res.status >= 200 && res.status < 300) return { ok: true, detail: String(res.status) };
    return { ok: false, detail: reasonOf(res.status, res.data) };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Where the LRS secret may go. The Basic credentials travel with every request, so the address
 * must be HTTPS (a school network or a café's Wi-Fi must not read them), with one exception:
 * the device itself (loopback), where a test or a local LRS runs. An address carrying a user
 * name or password is refused too: the key and secret have their own fields.
 */
export type EndpointProblem = 'invalid' | 'scheme' | 'insecure' | 'credentials';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

export function endpointProblem(address: string): EndpointProblem | undefined {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'scheme';
  if (url.username || url.password) return 'credentials';
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) return 'insecure';
  return undefined;
}

/** The same LRS: the saved secret may go to it without being typed again. */
export function sameEndpoint(a: string, b: string): boolean {
  const norm = (s: string) => {
    try {
      const u = new URL(s.trim());
      return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
    } catch {
      return s.trim();
    }
  };
  return norm(a) === norm(b);
}

/** What the sync says when the LRS answered with a redirect (never followed: it could send the secret elsewhere). */
export const REDIRECT_REFUSED = 'redirect-refused';

import { endpointProblem, REDIRECT_REFUSED, sameEndpoint } from '../../sync/endpoint.ts';
import { loadLrsConfig, saveLrsConfig, type LrsConfig } from '../../store/lrs-config.ts';
import { h } from '../dom.ts';
import { announce } from '../live.ts';
import type { TeacherContext } from './context.ts';

/**
 * The school's LRS: where it is, the key and secret (kept on this device only), a connection
 * test, what waits, when it last worked, what the LRS refused and why, sync now, stop.
 * The saved secret is never put in the page: its field stays empty and says a secret is saved
 * (empty keeps it); it goes only to the address it was saved with, so a changed address needs
 * the secret typed again before any request.
 */
export async function renderSync(root: HTMLElement, ctx: TeacherContext): Promise<void> {
  const t = ctx.i18n.t;
  const config = loadLrsConfig();
  const field = (name: keyof LrsConfig, type: string, value: string, extra: Record<string, string | boolean> = {}) => {
    const input = h('input', { type, name, value, autocomplete: type === 'password' ? 'new-password' : 'off', spellcheck: 'false', required: true, ...extra });
    return { input, label: h('label', { class: 'field' }, h('span', {}, t(`sync.${name}`)), input) };
  };
  const saved = Boolean(config?.secret);
  const endpoint = field('endpoint', 'url', config?.endpoint ?? '');
  const key = field('key', 'text', config?.key ?? '');
  const secret = field('secret', 'password', '', saved ? { required: false, placeholder: t('sync.secretSavedShort'), 'aria-describedby': 'secret-saved' } : {});
  const savedNote = saved ? [h('p', { id: 'secret-saved', class: 'hint' }, t('sync.secretSaved'))] : [];
  const names = h('input', { type: 'checkbox', name: 'sendNames' });
  names.checked = config?.sendNames ?? false;
  const result = h('p', { role: 'status', class: 'sync-result' });
  /** The configuration typed, or why no request may be made with it (said in `result`). */
  const read = (enabled: boolean): LrsConfig | undefined => {
    const address = endpoint.input.value.trim();
    const problem = endpointProblem(address);
    if (problem) return void (result.textContent = t(`sync.endpointProblems.${problem}`));
    let typed = secret.input.value;
    if (!typed) {
      if (!config?.secret || !sameEndpoint(address, config.endpoint)) return void (result.textContent = t('sync.secretAgain'));
      typed = config.secret;
    }
    return { endpoint: address, key: key.input.value.trim(), secret: typed, enabled, sendNames: names.checked };
  };

  const form = h(
    'form',
    { class: 'sync-form' },
    endpoint.label,
    key.label,
    secret.label,
    ...savedNote,
    h('label', { class: 'check' }, names, ` ${t('sync.sendNames')}`),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('sync.saveAndStart')), button(t('sync.test'), async () => {
      const typed = read(config?.enabled ?? false);
      if (!typed) return;
      result.textContent = t('sync.testing');
      const r = await ctx.sync.test(typed);
      result.textContent = r.ok ? t('sync.testOk') : t('sync.testFailed', { detail: r.detail === REDIRECT_REFUSED ? t('sync.redirected') : r.detail });
    })),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const typed = read(true);
    if (!typed) return;
    saveLrsConfig(typed);
    announce(t('sync.started'));
    void ctx.sync.now().then(() => ctx.refresh());
  });

  const status = ctx.sync.status();
  const rejected = await ctx.sync.rejected();
  const controls = config?.enabled
    ? [button(t('sync.now'), () => void ctx.sync.now().then(() => ctx.refresh())), button(t('sync.stop'), () => (saveLrsConfig({ ...config, enabled: false }), announce(t('sync.stopped')), ctx.refresh()), true)]
    : [];
  root.replaceChildren(
    h('h2', {}, t('sync.heading')),
    h('p', {}, t('sync.privacy')),
    form,
    result,
    h('h3', {}, t('sync.state')),
    h(
      'dl',
      { class: 'sync-state' },
      h('dt', {}, t('sync.mode')),
      h('dd', {}, t(config?.enabled ? 'sync.on' : config ? 'sync.paused' : 'sync.off')),
      h('dt', {}, t('sync.waiting')),
      h('dd', { 'data-sync': 'waiting' }, String(status.waiting)),
      h('dt', {}, t('sync.lastSuccess')),
      h('dd', { 'data-sync': 'last' }, status.lastSuccess ? new Date(status.lastSuccess).toLocaleString(ctx.lang) : t('sync.never')),
      ...(status.lastError ? [h('dt', {}, t('sync.lastError')), h('dd', {}, status.unauthorized ? t('sync.unauthorized', { detail: status.lastError }) : status.lastError === REDIRECT_REFUSED ? t('sync.redirected') : status.lastError)] : []),
    ),
    h('div', { class: 'actions' }, ...controls),
    h('h3', {}, t('sync.rejected', { count: rejected.length })),
    rejected.length
      ? h('ul', { class: 'rejected' }, ...rejected.map((r) => h('li', {}, h('code', {}, r.id), ` ${r.reason}`)))
      : h('p', {}, t('sync.noneRejected')),
  );
}

function button(label: string, onClick: () => void, quiet = false): HTMLButtonElement {
  const b = h('button', { type: 'button', class: quiet ? 'button quiet' : 'button' }, label);
  b.addEventListener('click', onClick);
  return b;
}

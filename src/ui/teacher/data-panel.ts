import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../model/evidence/backup.ts';
import { protect } from '../../store/backup-crypto.ts';
import { toCsv } from '../../model/evidence/csv.ts';
import { learnerReport } from '../../model/evidence/stage-report.ts';
import { deploymentHome } from '../../store/device.ts';
import { h } from '../dom.ts';
import { download, today } from '../download.ts';
import { importBackup, type ImportProgress } from './backup-import.ts';
import { BUSY } from './gate-policy.ts';
import type { TeacherContext } from './context.ts';
import { codeName } from './dashboard.ts';
import { reportInput } from './report-input.ts';

/** Export (xAPI statements, CSV, full backup), import with merge, and deleting the evidence. */
export function renderDataPanel(root: HTMLElement, ctx: TeacherContext): void {
  const t = ctx.i18n.t;
  const { evidence, learners, teacher } = ctx.data;
  const status = h('div', { role: 'status', class: 'import-status' });
  const button = (label: string, onClick: () => void, cls = 'button') => {
    const b = h('button', { type: 'button', class: cls }, label);
    b.addEventListener('click', onClick);
    return b;
  };

  const exportStatements = button(t('teacher.data.exportStatements'), async () => {
    download(`lopvui-xapi-${today()}.json`, JSON.stringify(await evidence.all(), null, 1), 'application/json');
  });
  const exportCsv = button(t('teacher.data.exportCsv'), () => download(`lopvui-nang-luc-${today()}.csv`, competencyCsv(ctx), 'text/csv'));
  // A backup carries the children's names: a passphrase may lock it (needed again to import it).
  const lock = h('input', { type: 'password', name: 'backup-passphrase', class: 'passphrase', autocomplete: 'new-password', 'aria-describedby': 'passphrase-hint' });
  const exportBackup = button(t('teacher.data.exportBackup'), async () => {
    const backup: Backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date().toISOString(),
      device: deploymentHome(),
      learners: learners.list({ archived: true }),
      statements: await evidence.all(),
      judgements: [...teacher.judgements.values()],
    };
    const text = JSON.stringify(backup);
    const passphrase = lock.value;
    if (passphrase && passphrase.length < 8) return void status.replaceChildren(h('p', { class: 'notice', role: 'alert' }, t('teacher.data.passphraseShort')));
    lock.value = '';
    download(`lopvui-sao-luu-${today()}.json`, passphrase ? JSON.stringify(await protect(text, passphrase)) : text, 'application/json');
  });

  const file = h('input', { type: 'file', accept: 'application/json,.json', name: 'backup' });
  const unlock = h('input', { type: 'password', name: 'import-passphrase', class: 'passphrase', autocomplete: 'off' });
  const bar = h('progress', { max: '1', value: '0', hidden: true, 'aria-label': t('teacher.data.importing') });
  const refuse = (error: { key: string; detail?: string; why?: string }) =>
    status.replaceChildren(
      h('p', { class: 'notice', role: 'alert' }, t('teacher.data.refused', { reason: t(`teacher.data.reasons.${error.key}`, { detail: error.detail ?? '', why: error.why ? t(`teacher.data.why.${error.why}`) : '' }) })),
    );
  const show = (p: ImportProgress) => {
    bar.hidden = false;
    bar.max = Math.max(1, p.total);
    bar.value = p.done;
    bar.setAttribute('data-phase', p.phase);
    dispatchEvent(new Event(BUSY));
  };
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    file.value = '';
    if (!f) return;
    file.disabled = true;
    status.replaceChildren(h('p', {}, t('teacher.data.importing')));
    const result = await importBackup(ctx.data, f, unlock.value, show).finally(() => ((file.disabled = false), (bar.hidden = true)));
    if ('error' in result) return refuse(result.error);
    unlock.value = '';
    const plan = result.summary;
    const lines: HTMLElement[] = [h('p', {}, t('teacher.data.imported', { statements: plan.statements, learners: plan.learners, known: plan.known }))];
    if (plan.conflicts.length) {
      lines.push(h('p', {}, t('teacher.data.conflicts')), h('ul', {}, ...plan.conflicts.map((c) => h('li', {}, t('teacher.data.conflict', { key: learners.get(c.key)?.name ?? c.key, local: c.local, incoming: c.incoming })))));
    }
    status.replaceChildren(...lines);
  });

  const wipe = button(
    t('teacher.data.wipe'),
    async () => {
      if (!confirm(t('teacher.data.wipeConfirm'))) return;
      await evidence.wipe();
      await teacher.clearJudgements();
      status.replaceChildren(h('p', {}, t('teacher.data.wiped')));
    },
    'button quiet',
  );

  root.replaceChildren(
    h('div', { class: 'menu-tools' }, exportStatements, exportCsv, exportBackup),
    h('p', {}, h('label', {}, t('teacher.data.passphrase'), h('br'), lock), h('br'), h('small', { id: 'passphrase-hint' }, t('teacher.data.passphraseHint'))),
    // The passphrase first: choosing the file starts the import.
    h('p', {}, h('label', {}, t('teacher.data.importPassphrase'), h('br'), unlock), h('br'), h('label', {}, t('teacher.data.import'), h('br'), file)),
    bar,
    status,
    h('p', {}, wipe),
  );
}

/**
 * Pupils × subjects and competencies (Thông tư 27), each with the teacher's level or the
 * proposal. Preschool children are observed, never graded: they have no row here.
 */
function competencyCsv(ctx: TeacherContext): string {
  const t = ctx.i18n.t;
  const pupils = ctx.data.learners.list().flatMap((l) => {
    const report = learnerReport(reportInput(ctx, l));
    return report.schooling === 'tieu-hoc' ? [{ l, report }] : [];
  });
  const subjects = [...new Set(pupils.flatMap((p) => p.report.subjects.map((s) => s.subject)))];
  const codes = [...new Set(pupils.flatMap((p) => p.report.competencies.map((c) => c.code)))];
  const header = [t('teacher.assess.pupil'), ...subjects.map((c) => codeName(ctx, c)), ...codes.map((c) => codeName(ctx, c))];
  const rows = pupils.map(({ l, report }) => [
    l.name,
    ...subjects.map((code) => {
      const s = report.subjects.find((x) => x.subject === code);
      return s ? t(`teacher.subjectLevels.${s.decided ?? s.proposal}`) : '';
    }),
    ...codes.map((code) => {
      const c = report.competencies.find((x) => x.code === code);
      return c ? t(`teacher.levels.${c.decided ?? c.proposal}`) : '';
    }),
  ]);
  return toCsv([header, ...rows]);
}

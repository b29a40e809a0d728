import type { i18n } from 'i18next';
import { afterWrong, NO_TRIES, waitLeft } from '../../model/teacher/gate-rules.ts';
import { checkPin, makePinRecord, validPin } from '../../model/teacher/pin.ts';
import { checkRecovery, makeRecoveryCode, recoveryRecord } from '../../model/teacher/recovery.ts';
import type { TeacherStore } from '../../store/teacher-store.ts';
import { h } from '../dom.ts';

/** How the area was opened: with the PIN (the teacher is told of a reset since), or by setting one. */
export type Unlocked = 'pin' | 'new' | 'reset';

interface GateOptions {
  i18n: i18n;
  teacher: TeacherStore;
  now(): number;
  onUnlock(via: Unlocked): void;
  onCancel(): void;
}

const field = (label: string, attrs: Record<string, string>) => {
  const input = h('input', { inputmode: 'numeric', autocomplete: 'off', ...attrs });
  return { input, el: h('label', { class: 'gate-field' }, h('span', {}, label), h('br'), input) };
};

/**
 * The grown-up gate before the teacher's area: the PIN; the first time, a new PIN typed twice
 * and a recovery code to write down; when the PIN is forgotten, that code and a new PIN. After
 * five wrong tries each further one waits longer (the wait is kept across reloads).
 * Resetting keeps every piece of evidence.
 */
export function renderGate(root: HTMLElement, o: GateOptions): void {
  if (o.teacher.pin) enterPin(root, o);
  else setPin(root, o);
}

function frame(root: HTMLElement, o: GateOptions, title: string, ...body: HTMLElement[]): { form: HTMLFormElement; error: HTMLElement; submit: HTMLButtonElement } {
  const t = o.i18n.t;
  const error = h('p', { class: 'error', role: 'alert' });
  const cancel = h('button', { type: 'button', class: 'button quiet' }, t('teacher.cancel'));
  cancel.addEventListener('click', o.onCancel);
  const submit = h('button', { type: 'submit', class: 'button' }, t('teacher.unlock'));
  const form = h('form', { class: 'gate', 'aria-labelledby': 'gate-title' }, h('h1', { id: 'gate-title' }, title), ...body, error, h('div', { class: 'menu-tools' }, submit, cancel));
  root.replaceChildren(form);
  form.querySelector('input')?.focus();
  return { form, error, submit };
}

/**
 * While the gate waits after wrong tries: the time left is shown (and counted down), and no
 * try is taken. Returns whether a try may be made now.
 */
function waiting(o: GateOptions, error: HTMLElement, submit: HTMLButtonElement): boolean {
  const left = waitLeft(o.teacher.tries, o.now());
  if (left <= 0) return false;
  const show = () => {
    const ms = waitLeft(o.teacher.tries, o.now());
    if (!error.isConnected || ms <= 0) {
      clearInterval(timer);
      submit.disabled = false;
      if (error.isConnected) error.textContent = '';
      return;
    }
    error.textContent = o.i18n.t('teacher.wait', { seconds: Math.ceil(ms / 1000) });
  };
  const timer = setInterval(show, 1000);
  submit.disabled = true;
  show();
  return true;
}

async function wrong(o: GateOptions, error: HTMLElement, submit: HTMLButtonElement, message: string): Promise<void> {
  await o.teacher.setTries(afterWrong(o.teacher.tries, o.now()));
  if (!waiting(o, error, submit)) error.textContent = message;
}

function enterPin(root: HTMLElement, o: GateOptions): void {
  const t = o.i18n.t;
  const pin = field(t('teacher.enterPin'), { type: 'password', name: 'pin' });
  const forgot = h('button', { type: 'button', class: 'link' }, t('teacher.forgot'));
  forgot.addEventListener('click', () => resetPin(root, o));
  const { form, error, submit } = frame(root, o, t('teacher.gateTitle'), pin.el, forgot);
  waiting(o, error, submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (waiting(o, error, submit)) return;
    const record = o.teacher.pin;
    if (record && checkPin(pin.input.value, record)) {
      void o.teacher.setTries(NO_TRIES).then(() => {
        // A PIN set before recovery codes existed gets one now, shown once.
        if (o.teacher.recovery) return o.onUnlock('pin');
        const code = makeRecoveryCode();
        void o.teacher.setRecovery(recoveryRecord(code)).then(() => showCode(root, o, code, 'pin'));
      });
      return;
    }
    pin.input.value = '';
    pin.input.focus();
    void wrong(o, error, submit, t('teacher.wrongPin'));
  });
}

/** The first PIN: typed twice, then the recovery code to write down. */
function setPin(root: HTMLElement, o: GateOptions): void {
  const t = o.i18n.t;
  const first = field(t('teacher.newPin'), { type: 'password', name: 'new-pin' });
  const second = field(t('teacher.repeatPin'), { type: 'password', name: 'repeat-pin' });
  const { form, error } = frame(root, o, t('teacher.gateTitle'), h('p', {}, t('teacher.firstPin')), first.el, second.el);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const problem = pinProblem(first.input.value, second.input.value);
    if (problem) return void (error.textContent = t(problem));
    void newPin(root, o, first.input.value, 'new');
  });
}

/** A forgotten PIN: the recovery code written down when the PIN was set, and a new PIN. */
function resetPin(root: HTMLElement, o: GateOptions): void {
  const t = o.i18n.t;
  if (!o.teacher.recovery) {
    const { form } = frame(root, o, t('teacher.gateTitle'), h('p', {}, t('teacher.noRecovery')));
    form.querySelector('button[type="submit"]')?.remove();
    return;
  }
  const code = field(t('teacher.recoveryCode'), { type: 'text', name: 'recovery', inputmode: 'text', autocapitalize: 'characters' });
  const first = field(t('teacher.newPin'), { type: 'password', name: 'new-pin' });
  const second = field(t('teacher.repeatPin'), { type: 'password', name: 'repeat-pin' });
  const { form, error, submit } = frame(root, o, t('teacher.gateTitle'), h('p', {}, t('teacher.resetHint')), code.el, first.el, second.el);
  waiting(o, error, submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (waiting(o, error, submit)) return;
    const record = o.teacher.recovery;
    if (!record || !checkRecovery(code.input.value, record)) return void wrong(o, error, submit, t('teacher.wrongCode'));
    const problem = pinProblem(first.input.value, second.input.value);
    if (problem) return void (error.textContent = t(problem));
    void o.teacher
      .setTries(NO_TRIES)
      .then(() => o.teacher.setResetAt(o.now()))
      .then(() => newPin(root, o, first.input.value, 'reset'));
  });
}

const pinProblem = (a: string, b: string) => (!validPin(a) ? 'teacher.pinFormat' : a !== b ? 'teacher.pinMismatch' : undefined);

async function newPin(root: HTMLElement, o: GateOptions, pin: string, via: Unlocked): Promise<void> {
  const code = makeRecoveryCode();
  await o.teacher.setPin(makePinRecord(pin), recoveryRecord(code));
  showCode(root, o, code, via);
}

/** The recovery code, shown this once: the device keeps only its hash. */
function showCode(root: HTMLElement, o: GateOptions, code: string, via: Unlocked): void {
  const t = o.i18n.t;
  const done = h('button', { type: 'button', class: 'button' }, t('teacher.codeWritten'));
  done.addEventListener('click', () => o.onUnlock(via));
  root.replaceChildren(
    h('section', { class: 'gate', 'aria-labelledby': 'code-title' }, h('h1', { id: 'code-title' }, t('teacher.codeTitle')), h('p', {}, t('teacher.codeHint')), h('p', { class: 'recovery-code', 'data-recovery-code': '' }, code), done),
  );
  done.focus();
}

import type { i18n } from 'i18next';
import { checkPin, grownUpQuestion, makePinRecord, validPin } from '../../model/teacher/pin.ts';
import type { Rng } from '../../model/random.ts';
import type { TeacherStore } from '../../store/teacher-store.ts';
import { h } from '../dom.ts';

interface GateOptions {
  i18n: i18n;
  teacher: TeacherStore;
  rng: Rng;
  onUnlock(): void;
  onCancel(): void;
}

const field = (label: string, attrs: Record<string, string>) => {
  const input = h('input', { inputmode: 'numeric', autocomplete: 'off', ...attrs });
  return { input, el: h('label', { class: 'gate-field' }, h('span', {}, label), h('br'), input) };
};

/**
 * The grown-up gate before the teacher's area: the PIN, or, the first time and to reset it, a
 * grown-up question then a new PIN typed twice. Resetting keeps every piece of evidence.
 */
export function renderGate(root: HTMLElement, o: GateOptions): void {
  if (o.teacher.pin) enterPin(root, o);
  else setPin(root, o, false);
}

function frame(root: HTMLElement, o: GateOptions, title: string, ...body: HTMLElement[]): { form: HTMLFormElement; error: HTMLElement } {
  const t = o.i18n.t;
  const error = h('p', { class: 'error', role: 'alert' });
  const cancel = h('button', { type: 'button', class: 'button quiet' }, t('teacher.cancel'));
  cancel.addEventListener('click', o.onCancel);
  const form = h('form', { class: 'gate', 'aria-labelledby': 'gate-title' }, h('h1', { id: 'gate-title' }, title), ...body, error, h('div', { class: 'menu-tools' }, h('button', { type: 'submit', class: 'button' }, t('teacher.unlock')), cancel));
  root.replaceChildren(form);
  form.querySelector('input')?.focus();
  return { form, error };
}

function enterPin(root: HTMLElement, o: GateOptions): void {
  const t = o.i18n.t;
  const pin = field(t('teacher.enterPin'), { type: 'password', name: 'pin' });
  const forgot = h('button', { type: 'button', class: 'link' }, t('teacher.forgot'));
  forgot.addEventListener('click', () => setPin(root, o, true));
  const { form, error } = frame(root, o, t('teacher.gateTitle'), pin.el, forgot);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const record = o.teacher.pin;
    if (record && checkPin(pin.input.value, record)) return o.onUnlock();
    error.textContent = t('teacher.wrongPin');
    pin.input.value = '';
    pin.input.focus();
  });
}

function setPin(root: HTMLElement, o: GateOptions, reset: boolean): void {
  const t = o.i18n.t;
  const q = grownUpQuestion(o.rng);
  const answer = field(t('teacher.question', { a: q.a, b: q.b }), { type: 'text', name: 'answer' });
  const first = field(t('teacher.newPin'), { type: 'password', name: 'new-pin' });
  const second = field(t('teacher.repeatPin'), { type: 'password', name: 'repeat-pin' });
  const hint = reset ? [h('p', {}, t('teacher.resetHint'))] : [];
  const { form, error } = frame(root, o, t('teacher.gateTitle'), ...hint, answer.el, first.el, second.el);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (Number(answer.input.value.trim()) !== q.answer) return void (error.textContent = t('teacher.wrongAnswer'));
    if (!validPin(first.input.value)) return void (error.textContent = t('teacher.pinFormat'));
    if (first.input.value !== second.input.value) return void (error.textContent = t('teacher.pinMismatch'));
    void o.teacher.setPin(makePinRecord(first.input.value)).then(o.onUnlock);
  });
}

/**
 * A short message at the bottom of the page, read out by screen readers, gone after four seconds; with
 * an action (an undo), it stays `ms` and the button runs the action once.
 */
import { h } from './dom';

export function toast(message: string, action?: { label: string; run: () => void; ms: number }): void {
  document.querySelectorAll('.toast').forEach((old) => old.remove());
  const el = h('div', { className: 'toast', role: 'status' }, message);
  if (action)
    el.append(' ', h('button', { type: 'button', onclick: () => (el.remove(), action.run()) }, action.label));
  document.body.append(el);
  window.setTimeout(() => el.remove(), action?.ms ?? 4000);
}

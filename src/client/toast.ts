/** A short message at the bottom of the page, read out by screen readers, gone after four seconds. */
import { h } from './dom';

export function toast(message: string): void {
  document.querySelectorAll('.toast').forEach((old) => old.remove());
  const el = h('div', { className: 'toast', role: 'status' }, message);
  document.body.append(el);
  window.setTimeout(() => el.remove(), 4000);
}

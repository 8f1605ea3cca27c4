/**
 * The sidebar: the first screen needs one server round trip (`whoAmI`). Everything the person typed
 * or sees is rendered as text, never as HTML.
 */
import { call } from './rpc';

const app = document.getElementById('app')!;

function show(...nodes: Node[]): void {
  app.replaceChildren(...nodes);
}

function el(tag: string, text?: string, className?: string): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

interface WhoAmI {
  email: string;
  name: string;
  unit: string;
  roleLabel: string;
}

async function start(): Promise<void> {
  const reply = await call<WhoAmI>('whoAmI');
  if (!reply.ok) {
    show(el('h1', 'Nhắc Việc'), el('p', reply.error, 'error'));
    return;
  }
  const me = reply.data;
  const card = el('div', undefined, 'card');
  card.append(
    el('strong', me.name || me.email),
    el('div', `${me.roleLabel}${me.unit ? ' · ' + me.unit : ''}`, 'muted'),
  );
  show(el('h1', 'Nhắc Việc'), card);
}

void start();

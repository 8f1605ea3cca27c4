/**
 * The task card's Drive part: the QR code of the document, links to the document, folder and PDF slip,
 * "Tải ảnh phiếu giao việc" (the slip as a phone-sized PNG), "Sao chép cho Zalo", and — for the people allowed — create,
 * retry and sync the sharing. Confidential tasks show none of it (the card says why).
 */
import { tr } from './i18n';
import { qrPngDataUrl } from '../core/qr';
import type { TaskView } from '../core/task-view';
import { zaloText } from '../core/workspace/documents';
import { factsOfView } from '../core/workspace/facts';
import { h } from '../client/dom';
import { call } from './rpc';
import { lang, replaceTask, state } from './state';
import { drawSlip } from './slip-image';
import { toast } from '../client/toast';
import { whileBusy } from '../client/busy';

function link(href: string, label: string): HTMLElement {
  return h('a', { href, target: '_blank', rel: 'noopener' }, label);
}

/** Saves the slip as a PNG, drawn here from the task's facts. */
function downloadSlip(task: TaskView): void {
  const canvas = drawSlip(factsOfView(task, state().agencyName), task.workspace.docLink, lang());
  const a = h('a', { href: canvas.toDataURL('image/png'), download: `phieu-giao-viec-${task.id}.png` });
  document.body.append(a);
  a.click();
  a.remove();
}

/** Copies the Zalo text; where the sandbox refuses the clipboard, shows it selected for copying by hand. */
async function copyForZalo(task: TaskView, box: HTMLElement): Promise<void> {
  const text = zaloText(factsOfView(task, state().agencyName), task.workspace.docLink, lang());
  try {
    await navigator.clipboard.writeText(text);
    toast(tr('ui.ws.copied'));
    return;
  } catch {
    // Apps Script's iframe may not delegate clipboard access: try the old way, then by hand.
  }
  const area = h('textarea', {
    className: 'zalo-text',
    rows: 6,
    readonly: true,
    'aria-label': tr('ui.ws.copy'),
  });
  area.value = text;
  box.replaceChildren(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  if (copied) {
    box.replaceChildren();
    toast(tr('ui.ws.copied'));
  } else box.prepend(h('div', { className: 'muted' }, tr('ui.ws.copyManual')));
}

export function workspaceSection(task: TaskView): HTMLElement | null {
  const ws = task.workspace;
  // A confidential task shows its workspace only to say that its old sharing must be removed.
  if (!ws || (ws.state === 'confidential' && !ws.blocked)) return null;
  const status = h('div', { className: 'status', role: 'status' });
  const extra = h('div', {});
  const section = h('section', { className: 'workspace', 'aria-label': tr('ui.ws.title') });

  const run = async (fn: 'createTaskWorkspace' | 'syncTaskSharing') => {
    // The whole section waits: its other button would act on the same workspace.
    const buttons = Array.from(section.querySelectorAll('button'));
    const reply = await whileBusy(buttons, status, tr('ui.ws.working'), () => call(fn, task.id));
    if (!reply.ok) return;
    replaceTask(reply.data.task);
    const next = workspaceSection(reply.data.task);
    if (next) section.replaceWith(next);
    const shown = next?.querySelector('.status');
    if (shown) {
      shown.className = reply.data.ok ? 'status' : 'status error';
      shown.textContent = reply.data.message;
    }
    if (reply.data.ok) toast(reply.data.message);
  };
  const button = (label: string, fn: 'createTaskWorkspace' | 'syncTaskSharing', primary: boolean) => {
    const b = h('button', { type: 'button', className: primary ? 'primary' : '' }, label);
    b.addEventListener('click', () => void run(fn));
    return b;
  };

  const parts: (Node | null)[] = [h('div', { className: 'label' }, tr('ui.ws.title'))];
  if (ws.docLink) {
    parts.push(
      h(
        'div',
        { className: 'qr-row' },
        h('img', {
          className: 'qr',
          src: qrPngDataUrl(ws.docLink, 4),
          alt: tr('ui.ws.qrAlt', { id: task.id }),
          width: 120,
          height: 120,
        }),
        h(
          'div',
          { className: 'links' },
          link(ws.docLink, tr('ui.ws.openDoc')),
          ws.folderLink ? link(ws.folderLink, tr('ui.ws.openFolder')) : null,
          ws.slipLink ? link(ws.slipLink, tr('ui.ws.openSlip')) : null,
        ),
      ),
    );
    const download = h('button', { type: 'button', className: 'ws-download' }, tr('ui.ws.download'));
    download.addEventListener('click', () => downloadSlip(task));
    const copy = h('button', { type: 'button', className: 'ws-copy' }, tr('ui.ws.copy'));
    copy.addEventListener('click', () => void copyForZalo(task, extra));
    parts.push(h('div', { className: 'actions' }, download, copy));
  }
  if (ws.state === 'inherited')
    parts.push(h('div', { className: 'muted' }, tr('ui.ws.inherited', { id: task.parentId })));
  if (ws.state === 'none' && !ws.docLink) parts.push(h('div', { className: 'muted' }, tr('ui.ws.none')));
  if (ws.error) parts.push(h('div', { className: 'notice' }, tr('ui.ws.lastError', { error: ws.error })));
  if (ws.templateFallback)
    parts.push(
      h('div', { className: 'muted small' }, tr('ws.templateFallback', { owner: ws.owner?.email ?? '' })),
    );
  if (ws.needsSync) parts.push(h('div', { className: 'notice' }, tr('ui.ws.needsSync')));
  if (ws.blocked) parts.push(h('div', { className: 'notice' }, ws.blocked));
  const actions: HTMLElement[] = [];
  if (ws.canCreate) {
    const label =
      ws.error || ws.state === 'partial'
        ? 'ui.ws.retry'
        : ws.state === 'ready'
          ? 'ui.ws.recreate'
          : 'ui.ws.create';
    actions.push(button(tr(label), 'createTaskWorkspace', true));
  }
  if (ws.canSync) actions.push(button(tr('ui.ws.sync'), 'syncTaskSharing', ws.needsSync));
  if (actions.length) parts.push(h('div', { className: 'actions' }, ...actions));
  if (ws.owner && ws.state !== 'none')
    parts.push(
      h('div', { className: 'muted small' }, tr('ui.ws.owner', { owner: ws.owner.name || ws.owner.email })),
    );
  parts.push(extra, status);
  section.append(...parts.filter((p): p is Node => p !== null));
  return section;
}

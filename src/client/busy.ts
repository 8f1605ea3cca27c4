/**
 * A button's server call, one way for every page: the button (or buttons) disabled while it runs and
 * enabled again after it, also when it throws, so no button is ever left dead.
 */
import type { Reply } from './rpc';

type Buttons = HTMLButtonElement | HTMLButtonElement[];

export async function busy<T>(buttons: Buttons, send: () => Promise<T>): Promise<T> {
  const all = ([] as HTMLButtonElement[]).concat(buttons);
  for (const b of all) b.disabled = true;
  try {
    return await send();
  } finally {
    for (const b of all) b.disabled = false;
  }
}

/**
 * `busy` with a status line: `waiting` in `status` (class `quiet`, read out politely) meanwhile; a
 * refusal in it in red, read out at once (`role="alert"`, as every error of the pages). The reply is
 * returned: what a success does stays with the caller.
 */
export async function whileBusy<T>(
  buttons: Buttons,
  status: HTMLElement,
  waiting: string,
  send: () => Promise<Reply<T>>,
  { quiet = 'status' }: { quiet?: string } = {},
): Promise<Reply<T>> {
  status.className = quiet;
  status.setAttribute('role', 'status');
  status.textContent = waiting;
  const reply = await busy(buttons, send);
  if (!reply.ok) {
    status.className = 'status error';
    status.setAttribute('role', 'alert');
    status.textContent = reply.error;
  }
  return reply;
}

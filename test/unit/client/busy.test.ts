/**
 * A button's server call (`src/client/busy.ts`) without a browser: the buttons and the status line are
 * plain objects with the few properties the helper touches.
 */
import { busy, whileBusy } from '../../../src/client/busy';
import type { Reply } from '../../../src/client/rpc';

const button = () => ({ disabled: false }) as HTMLButtonElement;
function statusLine() {
  const attrs: Record<string, string> = { role: 'status' };
  const el = {
    className: 'status',
    textContent: '',
    setAttribute: (k: string, v: string) => void (attrs[k] = v),
    attrs,
  };
  return el as typeof el & HTMLElement;
}

/** A call that answers when told, so the test can look at the page while it waits. */
function pending<T>() {
  let answer!: (v: T) => void;
  let fail!: (e: Error) => void;
  const promise = new Promise<T>((ok, no) => ((answer = ok), (fail = no)));
  return { send: () => promise, answer, fail };
}

describe('busy', () => {
  test('every button is disabled while the call runs and enabled after, the answer passed on', async () => {
    const [a, b] = [button(), button()];
    const call = pending<number>();
    const done = busy([a, b], call.send);
    expect([a.disabled, b.disabled]).toEqual([true, true]);
    call.answer(7);
    await expect(done).resolves.toBe(7);
    expect([a.disabled, b.disabled]).toEqual([false, false]);
  });

  test('a call that throws still leaves the button enabled, and the error reaches the caller', async () => {
    const a = button();
    const call = pending<number>();
    const done = busy(a, call.send);
    expect(a.disabled).toBe(true);
    call.fail(new Error('mất mạng'));
    await expect(done).rejects.toThrow('mất mạng');
    expect(a.disabled).toBe(false);
  });
});

describe('whileBusy', () => {
  test('shows the waiting text in the quiet class, then leaves a success to the caller', async () => {
    const [a, note] = [button(), statusLine()];
    note.className = 'status error'; // the refusal of the try before
    note.textContent = 'Lỗi cũ';
    const call = pending<Reply<{ message: string }>>();
    const done = whileBusy(a, note, 'Đang lưu…', call.send, { quiet: 'muted' });
    expect([a.disabled, note.className, note.textContent]).toEqual([true, 'muted', 'Đang lưu…']);
    call.answer({ ok: true, data: { message: 'Đã lưu' } });
    expect(await done).toEqual({ ok: true, data: { message: 'Đã lưu' } });
    expect([a.disabled, note.className, note.textContent]).toEqual([false, 'muted', 'Đang lưu…']);
    expect(note.attrs.role).toBe('status');
  });

  test('shows a refusal in red, read out at once; the next try is read out politely again', async () => {
    const [a, note] = [button(), statusLine()];
    const reply = await whileBusy(a, note, 'Đang lưu…', async () => ({ ok: false, error: 'Không được' }));
    expect(reply.ok).toBe(false);
    expect([a.disabled, note.className, note.textContent]).toEqual([false, 'status error', 'Không được']);
    expect(note.attrs.role).toBe('alert');
    const again = pending<Reply<{ message: string }>>();
    const done = whileBusy(a, note, 'Đang lưu…', again.send);
    expect([note.className, note.attrs.role]).toEqual(['status', 'status']);
    again.answer({ ok: true, data: { message: 'Đã lưu' } });
    await done;
  });
});

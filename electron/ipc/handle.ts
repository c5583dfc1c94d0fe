import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { isAppUrl } from '../app-url';
import { describeInvalidRequest } from './validation';

export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

export interface TrustedWindow {
  isDestroyed(): boolean;
  webContents: { id: number };
}

/**
 * True only for our own window's top frame showing our own page. A frame that navigated elsewhere
 * (which security.ts prevents anyway) or any sub-frame is refused.
 */
export function isTrustedSender(event: SenderEvent, window: TrustedWindow | null, rendererIndex: string): boolean {
  if (!window || window.isDestroyed()) return false;
  if (event.sender.id !== window.webContents.id) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, rendererIndex);
}

export type Handle = <Schema extends z.ZodType>(
  channel: string,
  schema: Schema,
  fn: (request: z.output<Schema>) => unknown,
) => void;

/**
 * The one way a handler is registered: check the sender, validate the payload, and only then run
 * `fn`. A thrown Error reaches the renderer as a rejected promise carrying its message.
 */
export function createHandle(ipcMain: Pick<IpcMain, 'handle'>, isTrusted: (event: SenderEvent) => boolean): Handle {
  return (channel, schema, fn) => {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrusted(event)) {
        console.warn(`Refused ${channel} from an unknown sender.`);
        throw new Error(`Refused request to ${channel}: it did not come from the Kodebok window`);
      }
      if (args.length > 1) {
        throw new Error(`Invalid request to ${channel}: expected one argument, got ${args.length}`);
      }
      const payload = args[0];
      const parsed = schema.safeParse(payload);
      if (!parsed.success) throw new Error(describeInvalidRequest(channel, parsed.error, payload));
      return await fn(parsed.data);
    });
  };
}

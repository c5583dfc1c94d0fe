import type { MenuCommand } from '../../shared/ipc/contract';

/**
 * Menu commands reach screens as a DOM event, so a screen that owns a command (Sources owns
 * Import…) can act on it without the shell knowing its internals.
 */
const eventName = 'kodebok:command';

export function emitCommand(command: MenuCommand): void {
  window.dispatchEvent(new CustomEvent<MenuCommand>(eventName, { detail: command }));
}

export function onCommand(listener: (command: MenuCommand) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<MenuCommand>).detail);
  window.addEventListener(eventName, handler);
  return () => window.removeEventListener(eventName, handler);
}

const eventName = 'kodebok:import-refi';

/**
 * Asks the REFI import flow (mounted once, in the app shell) to pick a .qdpx and preview it. The
 * menu's File > Import REFI-QDA project… reaches it as the 'import-refi' command; screens use this.
 */
export function requestRefiImport(): void {
  window.dispatchEvent(new CustomEvent(eventName));
}

export function onRefiImportRequest(listener: () => void): () => void {
  window.addEventListener(eventName, listener);
  return () => window.removeEventListener(eventName, listener);
}

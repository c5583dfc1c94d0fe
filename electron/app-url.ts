import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where the bundled main process finds its siblings: the preload next to it, the renderer beside. */
export interface AppPaths {
  /** dist/electron/preload.cjs */
  preload: string;
  /** dist/renderer/index.html */
  rendererIndex: string;
}

/** Paths relative to the bundled main.cjs, which lives in dist/electron/. */
export function bundledPaths(mainDir: string): AppPaths {
  return {
    preload: path.join(mainDir, 'preload.cjs'),
    rendererIndex: path.join(mainDir, '..', 'renderer', 'index.html'),
  };
}

/**
 * True when `url` is the app's own page: a `file:` URL of exactly our index.html. The hash and
 * query are ignored because the renderer routes by hash (#/sources/…).
 */
export function isAppUrl(url: string, rendererIndex: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
  try {
    return samePath(fileURLToPath(parsed), rendererIndex);
  } catch {
    return false;
  }
}

/** The URL `loadFile(rendererIndex)` produces, for comparisons in tests and logs. */
export function appUrl(rendererIndex: string): string {
  return pathToFileURL(rendererIndex).href;
}

function samePath(a: string, b: string): boolean {
  const left = path.resolve(a);
  const right = path.resolve(b);
  // Windows and macOS file systems are case-insensitive by default; a case difference is still our file.
  return process.platform === 'linux' ? left === right : left.toLowerCase() === right.toLowerCase();
}

/** Only web links may leave the app, and only to the user's browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

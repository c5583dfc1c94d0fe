import path from 'node:path';

/** Size and place of the main window, remembered between launches. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const defaultWindowState: WindowState = { width: 1280, height: 800, maximized: false };
export const minimumWindowSize = { width: 900, height: 600 } as const;

export interface StateFiles {
  readFileSync(file: string, encoding: 'utf8'): string;
  writeFileSync(file: string, data: string, encoding: 'utf8'): void;
}

export function windowStateFile(userData: string): string {
  return path.join(userData, 'window-state.json');
}

/**
 * The saved state if it is well-formed and at least partly on one of today's displays (a laptop
 * undocked from its second monitor must not open the window off-screen); the default otherwise.
 */
export function loadWindowState(files: StateFiles, file: string, workAreas: Rectangle[]): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(files.readFileSync(file, 'utf8'));
  } catch {
    return { ...defaultWindowState };
  }
  if (typeof raw !== 'object' || raw === null) return { ...defaultWindowState };
  const r = raw as Record<string, unknown>;
  const width = clampSize(r.width, minimumWindowSize.width);
  const height = clampSize(r.height, minimumWindowSize.height);
  if (width === null || height === null) return { ...defaultWindowState };
  const state: WindowState = { width, height, maximized: r.maximized === true };
  if (isInteger(r.x) && isInteger(r.y)) {
    const bounds = { x: r.x, y: r.y, width, height };
    if (workAreas.some((area) => overlapsEnough(bounds, area))) {
      state.x = r.x;
      state.y = r.y;
    }
  }
  return state;
}

export function saveWindowState(files: StateFiles, file: string, state: WindowState): void {
  try {
    files.writeFileSync(file, JSON.stringify(state), 'utf8');
  } catch (error) {
    // Losing the window position is not worth bothering the user about.
    console.warn('Could not save the window state:', error);
  }
}

type TrackedWindow = {
  on(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
};

/** Saves the window's normal (unmaximised) bounds when it closes. */
export function trackWindowState(window: TrackedWindow, save: (state: WindowState) => void): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    save({ ...bounds, maximized: window.isMaximized() });
  });
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function clampSize(value: unknown, minimum: number): number | null {
  if (!isInteger(value) || value <= 0 || value > 20_000) return null;
  return Math.max(value, minimum);
}

/** At least 100×50 px of the window (its title bar, say) lies inside the display's work area. */
function overlapsEnough(a: Rectangle, b: Rectangle): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width >= 100 && height >= 50;
}

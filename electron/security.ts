import type { App, Session, Shell, WebContents } from 'electron';
import { isAppUrl, isExternalWebUrl } from './app-url';

/**
 * The renderer loads only its own bundled files: no remote code, no eval, no plugins, no framing.
 * `'unsafe-inline'` for styles only (React and Lexical set inline styles); workers may come from
 * blob: URLs (Vite's worker bundling). The renderer's index.html should carry the same policy in a
 * <meta> tag, because Chromium does not always route file:// responses through webRequest.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Permissions the app's own page may use: keeping IndexedDB under storage pressure (the projects
 * live there) and writing plain text to the clipboard. Everything else — camera, microphone,
 * geolocation, notifications, clipboard reading, HID/USB/serial… — is refused.
 */
export const grantedPermissions: ReadonlySet<string> = new Set(['persistent-storage', 'clipboard-sanitized-write']);

type SessionLike = {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
} & Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** Session-wide rules: the CSP header on every response and the permission policy. */
export function secureSession(session: SessionLike, rendererIndex: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(grantedPermissions.has(permission) && isAppUrl(details.requestingUrl, rendererIndex));
  });
  session.setPermissionCheckHandler((contents, permission, _origin, details) => {
    const url = details.requestingUrl ?? contents?.getURL() ?? '';
    return grantedPermissions.has(permission) && isAppUrl(url, rendererIndex);
  });
}

/** Response headers with our CSP replacing whatever policy (any spelling) the response had. */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [contentSecurityPolicy];
  return result;
}

type ContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Rules for every web contents the app ever creates (the main window and anything else): no
 * navigation away from our page, no new windows (web links open in the user's browser), no
 * <webview>.
 */
export function hardenWebContents(
  contents: ContentsLike,
  shell: Pick<Shell, 'openExternal'>,
  rendererIndex: string,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rendererIndex)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, rendererIndex)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) {
      shell.openExternal(url).catch((error: unknown) => {
        console.error(`Could not open ${url} in the browser:`, error);
      });
    }
    return { action: 'deny' };
  });
}

/** Applies {@link hardenWebContents} to each web contents as it is created, before it loads anything. */
export function hardenAllWebContents(
  app: Pick<App, 'on'>,
  shell: Pick<Shell, 'openExternal'>,
  rendererIndex: string,
): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, shell, rendererIndex);
  });
}

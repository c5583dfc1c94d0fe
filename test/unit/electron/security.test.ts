import type { App, Session, Shell, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  contentSecurityPolicy,
  hardenAllWebContents,
  hardenWebContents,
  secureSession,
  withContentSecurityPolicy,
} from '../../../electron/security';
import { appPageUrl, FakeEmitter, FakeWebContents, rendererIndex } from './fakes';

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;
type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type CheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: { requestingUrl?: string },
) => boolean;

function fakeSession() {
  const fake = {
    headersListener: null as HeadersListener | null,
    requestHandler: null as RequestHandler | null,
    checkHandler: null as CheckHandler | null,
    webRequest: {
      onHeadersReceived: vi.fn((listener: HeadersListener) => {
        fake.headersListener = listener;
      }),
    },
    setPermissionRequestHandler: vi.fn((handler: RequestHandler) => {
      fake.requestHandler = handler;
    }),
    setPermissionCheckHandler: vi.fn((handler: CheckHandler) => {
      fake.checkHandler = handler;
    }),
  };
  secureSession(fake as unknown as Session, rendererIndex);
  return fake;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('Content-Security-Policy', () => {
  it('allows only the app itself to supply code, and no eval', () => {
    const csp = directives(contentSecurityPolicy);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).not.toContain('wasm-unsafe-eval');
    // No remote hosts or wildcards anywhere.
    expect(contentSecurityPolicy).not.toMatch(/https?:|wss?:|\*/);
    // 'unsafe-inline' only for styles.
    for (const [name, values] of csp) {
      if (name !== 'style-src') expect(values, name).not.toContain("'unsafe-inline'");
    }
  });

  it('is added to every response, replacing any policy the response carried', () => {
    const session = fakeSession();
    const callback = vi.fn();
    session.headersListener!(
      { responseHeaders: { 'content-type': ['text/html'], 'content-security-policy': ['default-src *'] } },
      callback,
    );
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['content-type']).toEqual(['text/html']);
  });

  it('is added to a response without headers', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy] });
  });
});

describe('permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'hid',
    'usb',
    'serial',
    'openExternal',
    'fullscreen',
  ])('refuses a %s request', (permission) => {
    const session = fakeSession();
    const callback = vi.fn();
    session.requestHandler!({}, permission, callback, { requestingUrl: appPageUrl });
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.checkHandler!({}, permission, 'file:///', { requestingUrl: appPageUrl })).toBe(false);
  });

  it('lets only our page keep its storage and write to the clipboard', () => {
    const session = fakeSession();
    for (const permission of ['persistent-storage', 'clipboard-sanitized-write']) {
      const ours = vi.fn();
      session.requestHandler!({}, permission, ours, { requestingUrl: `${appPageUrl}#/projects` });
      expect(ours).toHaveBeenCalledWith(true);
      const theirs = vi.fn();
      session.requestHandler!({}, permission, theirs, { requestingUrl: 'https://example.org/' });
      expect(theirs).toHaveBeenCalledWith(false);
      expect(session.checkHandler!({}, permission, 'file:///', { requestingUrl: 'file:///tmp/evil.html' })).toBe(false);
    }
  });
});

describe('web contents hardening', () => {
  function harden() {
    const contents = new FakeWebContents();
    const shell = { openExternal: vi.fn(async () => undefined) };
    hardenWebContents(contents as unknown as WebContents, shell as unknown as Shell, rendererIndex);
    const navigate = (event: string, url: string) => {
      const preventDefault = vi.fn();
      contents.emit(event, { preventDefault, url }, url);
      return preventDefault;
    };
    return { contents, shell, navigate };
  }

  it.each([
    'https://example.org/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file:///tmp/index.html',
    'javascript:alert(1)',
    'data:text/html,hi',
  ])('prevents navigation to %s', (url) => {
    const { navigate } = harden();
    expect(navigate('will-navigate', url)).toHaveBeenCalled();
    expect(navigate('will-redirect', url)).toHaveBeenCalled();
  });

  it('lets the app navigate within its own page', () => {
    const { navigate } = harden();
    expect(navigate('will-navigate', appPageUrl)).not.toHaveBeenCalled();
    expect(navigate('will-navigate', `${appPageUrl}#/codebook`)).not.toHaveBeenCalled();
  });

  it('refuses <webview>', () => {
    const { navigate } = harden();
    expect(navigate('will-attach-webview', 'about:blank')).toHaveBeenCalled();
  });

  it('denies every new window and opens only web links in the browser', () => {
    const { contents, shell } = harden();
    const open = (url: string) => contents.windowOpenHandler!({ url });
    expect(open('https://www.uio.no/')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.uio.no/');
    expect(open('http://example.org/a')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(2);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'not a url', appPageUrl]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(2);
  });

  it('hardens every web contents the app creates', () => {
    const app = new FakeEmitter();
    const shell = { openExternal: vi.fn() };
    hardenAllWebContents(app as unknown as App, shell as unknown as Shell, rendererIndex);
    const contents = new FakeWebContents(7);
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.has('will-navigate')).toBe(true);
    expect(contents.has('will-attach-webview')).toBe(true);
  });
});

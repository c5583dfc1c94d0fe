import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appUrl, bundledPaths, isAppUrl, isExternalWebUrl } from '../../../electron/app-url';
import { contentSecurityPolicy } from '../../../electron/security';

describe('app URLs', () => {
  const index = path.resolve('/home/Åse Ødegård/Kodebok (test)/resources/app.asar/dist/renderer/index.html');

  it('finds the preload and renderer next to the bundled main process', () => {
    const paths = bundledPaths(path.resolve('/opt/Kodebok/resources/app.asar/dist/electron'));
    expect(paths.preload).toBe(path.resolve('/opt/Kodebok/resources/app.asar/dist/electron/preload.cjs'));
    expect(paths.rendererIndex).toBe(path.resolve('/opt/Kodebok/resources/app.asar/dist/renderer/index.html'));
  });

  it('recognises our page, with any hash or query, even in a folder with spaces and æøå', () => {
    const url = appUrl(index);
    expect(url).toMatch(/^file:\/\/\/.*%20.*index\.html$/);
    expect(isAppUrl(url, index)).toBe(true);
    expect(isAppUrl(`${url}#/sources/01H`, index)).toBe(true);
    expect(isAppUrl(`${url}?x=1`, index)).toBe(true);
  });

  it('rejects other files, other schemes, remote file hosts and garbage', () => {
    expect(isAppUrl(pathToFileURL(path.join(path.dirname(index), 'other.html')).href, index)).toBe(false);
    expect(isAppUrl(pathToFileURL(path.join(path.dirname(index), '..', 'index.html')).href, index)).toBe(false);
    expect(isAppUrl(appUrl(index).replace('file:///', 'file://evil.example/'), index)).toBe(false);
    expect(isAppUrl('https://example.org/index.html', index)).toBe(false);
    expect(isAppUrl('not a url', index)).toBe(false);
    expect(isAppUrl('', index)).toBe(false);
  });

  it('treats only http and https as web links', () => {
    expect(isExternalWebUrl('https://lovdata.no/')).toBe(true);
    expect(isExternalWebUrl('http://example.org')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'mailto:a@b.no', 'ms-msdt:x', 'kodebok://x', ''])
      expect(isExternalWebUrl(url), url).toBe(false);
  });
});

describe('the renderer page', () => {
  it('carries the same Content-Security-Policy in a <meta> tag (file:// pages may not get the header)', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(meta, 'renderer/index.html has no CSP meta tag').toBeDefined();
    const normalise = (policy: string) =>
      policy
        .split(';')
        .map((d) => d.trim().replace(/\s+/g, ' '))
        .filter((d) => d && !d.startsWith('frame-ancestors')) // ignored in <meta>, so it may be left out
        .sort();
    expect(normalise(meta!)).toEqual(normalise(contentSecurityPolicy));
  });
});

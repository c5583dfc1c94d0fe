import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Serves the built renderer (dist/renderer) on localhost for the whole e2e run. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `End-to-end tests need Debian's Chromium at ${chromiumPath}. Install it with: ` +
        'apt-get update && apt-get install -y --no-install-recommends chromium',
    );
  }
  const dist = fileURLToPath(new URL('../../dist/renderer/index.html', import.meta.url));
  if (!existsSync(dist)) {
    throw new Error('The renderer is not built. Run `npm run build:renderer` first (npm test does it for you).');
  }
  server = await preview({
    configFile: fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url)),
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('Preview server has no port.');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

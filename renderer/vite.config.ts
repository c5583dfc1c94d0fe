import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { base64Import } from './build/bytes-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The same renderer for Electron (file://, so relative asset paths) and the browser (`npm run web`). */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), base64Import()],
  // sample-data/ sits beside renderer/; the demo project reads it at build time.
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] }, port: 5173 },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
});

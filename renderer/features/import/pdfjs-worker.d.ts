/** PDF.js's parser module ships without types; only its presence matters (web-environment.ts). */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExchangeProject } from '../../exchange-project';
import { buildExtension, extensionPath } from '../kodebok-extension';
import { writeQde } from './qde';

export interface QdpxOptions {
  /** `origin` of the Project element, e.g. "Kodebok 0.1.0". */
  origin: string;
  /** The store's schema version the rows follow (for the Kodebok extension). */
  schemaVersion: number;
  appVersion: string;
}

export interface QdpxResult {
  bytes: Uint8Array;
  /** Codings left out because they do not fit their source (see writeQde). */
  skippedCodings: string[];
}

// A lone surrogate cannot be written as UTF-8; U+FFFD is one UTF-16 unit too, so no offset moves.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A fixed timestamp for the zip entries, so the same project gives the same bytes. */
function entryTime(project: ExchangeProject): Date {
  const stamp = typeof project.project.updatedAt === 'string' ? Date.parse(project.project.updatedAt) : NaN;
  return new Date(Number.isFinite(stamp) && stamp > Date.UTC(1980, 1, 1) ? stamp : Date.UTC(1980, 1, 1));
}

/**
 * The project as a REFI-QDA .qdpx: a zip of `project.qde`, `sources/<guid>.txt` (UTF-8, no BOM,
 * LF) and the Kodebok extension (`kodebok/extension.json`), deflated.
 */
export function writeQdpx(project: ExchangeProject, options: QdpxOptions): QdpxResult {
  const qde = writeQde(project, options.origin);
  const mtime = entryTime(project);
  const files: Zippable = { 'project.qde': [strToU8(qde.xml), { level: 6, mtime }] };
  for (const file of qde.sourceFiles) files[file.path] = [strToU8(file.text.replace(loneSurrogate, '\uFFFD')), { level: 6, mtime }];
  const extension = buildExtension(project, options.schemaVersion, options.appVersion);
  files[extensionPath] = [strToU8(JSON.stringify(extension)), { level: 6, mtime }];
  return { bytes: zipSync(files, { mtime }), skippedCodings: qde.skippedCodings };
}

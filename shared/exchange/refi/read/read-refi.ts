/**
 * Reads a REFI-QDA project (.qdpx, or a bare project .qde) or codebook (.qdc) into an
 * ExchangeProject and an import report, or says in a code with parameters why it cannot.
 * Never throws for a bad file: zip bombs, unsafe names, DOCTYPEs, malformed XML and missing
 * structure are errors; missing sources, unknown references and unplaceable selections are
 * listed warnings.
 */
import { declaresDoctype } from '../../../import/ooxml-parts';
import { decodeText } from '../../../import/decode-text';
import { ImportError } from '../../../import/result';
import { strFromU8 } from 'fflate';
import type { ExchangeProject } from '../../exchange-project';
import { applyExtension, extensionPath, readExtension } from '../kodebok-extension';
import { openQdpx, type QdpxArchive } from './archive';
import { RefiReadError } from './errors';
import type { RefiReadResult, RefiReport } from './report';
import { checkStructure } from './structure';
import { toExchangeProject, type RefiReadEnvironment, type RefiReadOptions } from './to-project';
import { parseXmlTree } from './xml-tree';

const projectNamespace = 'urn:QDA-XML:project:1.0';
const codebookNamespace = 'urn:QDA-XML:codebook:1.0';

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

async function read(
  input: { fileName: string; bytes: Uint8Array },
  env: RefiReadEnvironment,
  options: RefiReadOptions,
): Promise<RefiReadResult> {
  const file = input.fileName;
  let archive: QdpxArchive | null = null;
  let xmlBytes = input.bytes;
  let part = file;
  if (isZip(input.bytes)) {
    archive = openQdpx(input.bytes, file);
    xmlBytes = archive.qde;
    part = archive.qdeName;
  }
  if (declaresDoctype(xmlBytes)) throw new RefiReadError('refi-doctype', { file, part });
  let xml: string;
  try {
    xml = decodeText(part, xmlBytes, env).text;
  } catch (error) {
    if (error instanceof ImportError) throw new RefiReadError('refi-encoding', { file, part });
    throw error;
  }
  const root = parseXmlTree(xml, file, part);
  const expected = root.name === 'CodeBook' ? codebookNamespace : projectNamespace;
  if ((root.name !== 'Project' && root.name !== 'CodeBook') || (root.attrs.xmlns && root.attrs.xmlns !== expected))
    throw new RefiReadError('refi-not-refi', { file, element: root.name });
  if (archive && root.name !== 'Project') throw new RefiReadError('refi-not-refi', { file, element: root.name });
  checkStructure(root, root.name === 'CodeBook' ? 'codebook' : 'project', file);
  const core = await toExchangeProject(root, archive, file, env, options);
  const project = archive ? withKodebokExtension(archive, core.project, core.report, env) : core.project;
  return { ok: true, project, report: core.report };
}

/**
 * A .qdpx that Kodebok wrote carries what REFI cannot hold (dialogue turns, STC and thematic
 * analysis, criteria, memo formatting, settings) in kodebok/extension.json: applied over the rows
 * read from project.qde, where the .qde wins for what it holds (another tool may have edited it).
 * An extension that cannot be used leaves the .qde's project as it is, with a warning.
 */
function withKodebokExtension(archive: QdpxArchive, project: ExchangeProject, report: RefiReport, env: RefiReadEnvironment): ExchangeProject {
  const entry = archive.entryBeside(extensionPath);
  if (entry === null) return project;
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(archive.read(entry)));
  } catch (error) {
    if (error instanceof RefiReadError) throw error;
    json = null;
  }
  const read = readExtension(json);
  if (!read.ok) {
    report.warnings.push({ code: 'extension-not-read', params: { problem: read.problem } });
    return project;
  }
  // Kodebok writes its themes as Sets; the extension brings the themes themselves back.
  const core = { ...project, tables: { ...project.tables, memos: project.tables.memos.filter((m) => m.refiSet !== true) } };
  report.warnings = report.warnings.filter((w) => w.code !== 'sets-as-memos');
  const extended = applyExtension(core, read.extension, { newId: env.newId, now: env.now });
  // Media are not in the extension (a file's bytes are no JSON): keep those read from the .qdpx.
  // An imported project is the researcher's own, whatever the exported one was (the demo, say).
  return { project: { ...extended.project, isDemo: false }, tables: { ...extended.tables, attachments: project.tables.attachments } };
}

export async function readRefi(
  input: { fileName: string; bytes: Uint8Array },
  env: RefiReadEnvironment,
  options: RefiReadOptions = {},
): Promise<RefiReadResult> {
  try {
    return await read(input, env, options);
  } catch (error) {
    if (error instanceof RefiReadError) return { ok: false, error: { code: error.code, params: error.params } };
    // A stack overflow or allocation failure on a hostile file is still a refused file, not a crash.
    if (error instanceof RangeError)
      return { ok: false, error: { code: 'refi-too-large', params: { file: input.fileName, detail: 'it is too large or too deeply nested to read.' } } };
    throw error;
  }
}

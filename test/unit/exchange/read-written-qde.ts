// saxen is typed by an ambient declaration in shared/, outside the test project: name it here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../../shared/import/saxen.d.ts" />
import { strFromU8, unzipSync } from 'fflate';
import { Parser } from 'saxen';
import { backupTables, type BackupRow, type BackupTables } from '../../../shared/backup/format';
import type { ExchangeProject } from '../../../shared/exchange/exchange-project';

/**
 * A deliberately small reader of the .qdpx files our writer makes, for tests only (the REFI import
 * proper lives in shared/exchange/refi/read): it gives each element's GUID as both `id` and
 * `refiGuid`, as an import keeps GUIDs, and reads just what a REFI reader takes from the .qde.
 */
export interface WrittenQdpx {
  core: ExchangeProject;
  entries: Record<string, Uint8Array>;
  qde: string;
  selections: { guid: string; name: string; start: number; end: number; sourceGuid: string }[];
}

export function readWrittenQdpx(bytes: Uint8Array, projectId = 'imported'): WrittenQdpx {
  const entries = unzipSync(bytes);
  const qde = strFromU8(entries['project.qde']!);
  const tables = Object.fromEntries(backupTables.map((t) => [t, []])) as unknown as BackupTables;
  const selections: WrittenQdpx['selections'] = [];
  const project: BackupRow = { id: projectId };
  const codeStack: string[] = [];
  const path: string[] = [];
  let source: BackupRow | null = null;
  let selection: { guid: string; name: string; start: number; end: number; user?: string } | null = null;
  let coding: BackupRow | null = null;
  let note: BackupRow | null = null;
  let text = '';

  const parser = new Parser();
  parser.on('openTag', (name, attrs, decode, selfClosing) => {
    const a = Object.fromEntries(Object.entries(attrs()).map(([k, v]) => [k, decode(v)]));
    text = '';
    switch (name) {
      case 'Project':
        project.name = a.name ?? '';
        break;
      case 'User':
        if (path.at(-1) === 'Users') tables.coders.push({ id: a.guid, refiGuid: a.guid, name: a.name ?? '', projectId });
        break;
      case 'Code':
        tables.codes.push({ id: a.guid, refiGuid: a.guid, name: a.name, color: a.color ?? '', parentId: codeStack.at(-1) ?? null, projectId });
        if (!selfClosing) codeStack.push(a.guid!);
        break;
      case 'Variable':
        tables.attributes.push({ id: a.guid, refiGuid: a.guid, name: a.name, projectId });
        break;
      case 'TextSource':
        if (path.at(-1) === 'Sources') {
          source = { id: a.guid, refiGuid: a.guid, title: a.name ?? '', projectId, plainTextPath: a.plainTextPath };
          tables.sources.push(source);
        }
        break;
      case 'PlainTextSelection':
        selection = { guid: a.guid!, name: a.name ?? '', start: Number(a.startPosition), end: Number(a.endPosition), user: a.creatingUser };
        selections.push({ ...selection, sourceGuid: String(source?.id) });
        break;
      case 'Coding':
        coding = { id: a.guid, refiGuid: a.guid, sourceId: source?.id, start: selection?.start, end: selection?.end, coderId: a.creatingUser ?? '', projectId };
        tables.codings.push(coding);
        break;
      case 'CodeRef':
        if (coding && path.at(-1) === 'Coding') coding.codeId = a.targetGUID;
        break;
      case 'Note':
        note = { id: a.guid, refiGuid: a.guid, title: a.name ?? '', plainText: '', projectId };
        tables.memos.push(note);
        break;
    }
    if (!selfClosing) path.push(name);
  });
  parser.on('text', (value, decode) => {
    text += decode(value);
  });
  parser.on('closeTag', (name, _decode, selfClosing) => {
    if (!selfClosing) path.pop();
    if (name === 'Code' && !selfClosing) codeStack.pop();
    if (name === 'PlainTextContent' && note) note.plainText = text;
    if (name === 'Description' && path.at(-1) === 'Project') project.description = text;
    if (name === 'Note') note = null;
    if (name === 'Coding') coding = null;
    if (name === 'PlainTextSelection') selection = null;
    if (name === 'TextSource' && path.at(-1) === 'Sources') source = null;
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.parse(qde);

  for (const s of tables.sources) {
    const file = String(s.plainTextPath).replace('internal://', 'sources/');
    const bytesOf = entries[file];
    if (!bytesOf) throw new Error(`${file} is named in project.qde but missing from the zip`);
    tables.sourceTexts.push({ sourceId: s.id, projectId, text: strFromU8(bytesOf) });
    delete s.plainTextPath;
  }
  project.description ??= '';
  return { core: { project, tables }, entries, qde, selections };
}

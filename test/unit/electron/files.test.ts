import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { maxFileBytes } from '../../../shared/ipc/contract';
import { openFiles, pickFolder, saveFile, type FileDependencies, type FileDialogs } from '../../../electron/ipc/files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kodebok-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function dialogs(open: string[] | null, save: string | null = null) {
  return {
    showOpenDialog: vi.fn(async () => ({ canceled: open === null, filePaths: open ?? [] })),
    showSaveDialog: vi.fn(async () => (save === null ? { canceled: true } : { canceled: false, filePath: save })),
  } satisfies Record<keyof FileDialogs, unknown>;
}

function deps(d: ReturnType<typeof dialogs>, extra: Partial<FileDependencies> = {}): FileDependencies {
  return { dialogs: d as unknown as FileDialogs, fs, defaultFolder: dir, ...extra };
}

const request = { multiple: true, filters: [{ name: 'Tekst', extensions: ['txt'] }] };

describe('openFiles', () => {
  it('returns the name and exact bytes of each chosen file', async () => {
    const a = path.join(dir, 'intervju-1.txt');
    const b = path.join(dir, 'Samtale æøå.txt');
    await writeFile(a, 'Hei\r\nverden\n');
    await writeFile(b, Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0xa6, 0x00, 0xff]));
    const d = dialogs([a, b]);
    const files = await openFiles(request, deps(d));
    expect(files.map((f) => f.name)).toEqual(['intervju-1.txt', 'Samtale æøå.txt']);
    expect(Buffer.from(files[0]!.bytes).toString('utf8')).toBe('Hei\r\nverden\n');
    expect([...files[1]!.bytes]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa6, 0x00, 0xff]);
    expect(files[1]!.bytes).toBeInstanceOf(Uint8Array);
    expect(d.showOpenDialog).toHaveBeenCalledWith({
      properties: ['openFile', 'multiSelections'],
      filters: request.filters,
    });
  });

  it('asks for one file when multiple is false, and returns at most one', async () => {
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    await writeFile(a, 'a');
    await writeFile(b, 'b');
    const d = dialogs([a, b]);
    const files = await openFiles({ ...request, multiple: false, title: 'Velg fil' }, deps(d));
    expect(files.map((f) => f.name)).toEqual(['a.txt']);
    expect(d.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile'], title: 'Velg fil' }),
    );
  });

  it('returns nothing when the user cancels', async () => {
    await expect(openFiles(request, deps(dialogs(null)))).resolves.toEqual([]);
  });

  it('refuses an oversize file by name before reading any file', async () => {
    const small = path.join(dir, 'small.txt');
    const big = path.join(dir, 'Stort intervju.txt');
    await writeFile(small, 'ok');
    await writeFile(big, 'x'.repeat(2048));
    const readSpy = vi.fn(fs.readFile);
    const d = deps(dialogs([small, big]), {
      maxBytes: 1024,
      fs: { ...fs, readFile: readSpy } as unknown as FileDependencies['fs'],
    });
    await expect(openFiles(request, d)).rejects.toThrow(
      '"Stort intervju.txt" is too large to open (2 KB; the limit is 1 KB). Split it into smaller files and import those.',
    );
    expect(readSpy).not.toHaveBeenCalled();
  });

  it('uses the contract limit of 200 MB by default', async () => {
    const fakeFs = {
      stat: vi.fn(async () => ({ isFile: () => true, size: maxFileBytes + 1 })),
      readFile: vi.fn(),
      writeFile: vi.fn(),
    };
    const d = {
      dialogs: dialogs(['/data/huge.txt']) as unknown as FileDialogs,
      fs: fakeFs as unknown as FileDependencies['fs'],
      defaultFolder: null,
    };
    await expect(openFiles(request, d)).rejects.toThrow(
      /^"huge\.txt" is too large to open \(200\.1 MB; the limit is 200 MB\)/,
    );
    expect(fakeFs.readFile).not.toHaveBeenCalled();
    fakeFs.stat.mockResolvedValue({ isFile: () => true, size: maxFileBytes });
    fakeFs.readFile.mockResolvedValue(Buffer.from('x'));
    await expect(openFiles(request, d)).resolves.toHaveLength(1);
  });

  it('names a file that disappeared, without the OS error text', async () => {
    const gone = path.join(dir, 'slettet.txt');
    await expect(openFiles(request, deps(dialogs([gone])))).rejects.toThrow(
      '"slettet.txt": the file or folder does not exist (was it moved or deleted?).',
    );
  });

  it('refuses a folder', async () => {
    await expect(openFiles(request, deps(dialogs([dir])))).rejects.toThrow(/it is not a regular file/);
  });
});

describe('saveFile', () => {
  it('writes text where the user chose and returns only the file name', async () => {
    const target = path.join(dir, 'koder.csv');
    const d = dialogs(null, target);
    const result = await saveFile(
      { suggestedName: 'koder.csv', filters: [], data: 'kode;antall\nAvmakt;3\n' },
      deps(d),
    );
    expect(result).toEqual({ saved: true, fileName: 'koder.csv' });
    expect(await readFile(target, 'utf8')).toBe('kode;antall\nAvmakt;3\n');
    expect(d.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: path.join(dir, 'koder.csv') }),
    );
  });

  it('writes bytes unchanged', async () => {
    const target = path.join(dir, 'prosjekt.qdpx');
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    await saveFile({ suggestedName: 'prosjekt.qdpx', filters: [], data: bytes }, deps(dialogs(null, target)));
    expect([...(await readFile(target))]).toEqual([...bytes]);
  });

  it('writes nothing when the user cancels', async () => {
    const writeFileSpy = vi.fn();
    const d = deps(dialogs(null, null), {
      fs: { ...fs, writeFile: writeFileSpy } as unknown as FileDependencies['fs'],
    });
    await expect(saveFile({ suggestedName: 'x.txt', filters: [], data: 'x' }, d)).resolves.toEqual({
      saved: false,
      fileName: null,
    });
    expect(writeFileSpy).not.toHaveBeenCalled();
  });

  it('explains a failed write', async () => {
    const target = path.join(dir, 'missing-folder', 'x.txt');
    await expect(
      saveFile({ suggestedName: 'x.txt', filters: [], data: 'x' }, deps(dialogs(null, target))),
    ).rejects.toThrow(/^Could not save "x\.txt": the file or folder does not exist/);
  });
});

describe('pickFolder', () => {
  it('returns the chosen folder, or null on cancel', async () => {
    await expect(pickFolder(deps(dialogs([dir])))).resolves.toBe(dir);
    await expect(pickFolder(deps(dialogs(null)))).resolves.toBeNull();
  });
});

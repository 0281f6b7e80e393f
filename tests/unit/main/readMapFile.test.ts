import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readMapFile } from '../../../src-main/files/readMapFile';
import { LIMITS } from '../../../src-shared/model/limits';
import { faultyFileSystem, tempDirPerTest } from './faultyFileSystem';

const node = (id: string, kind = 'thesis') => ({ id, kind, text: `Claim ${id}`, position: { x: 0, y: 0 } });
const map = (nodes: unknown[]) => ({
  format: 'argmap',
  version: 1,
  title: 'Coffee',
  nodes,
  edges: [],
  tour: [],
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('readMapFile', () => {
  const tempDir = tempDirPerTest();
  const path = () => join(tempDir(), 'coffee.argmap.json');

  it('loads a valid map and names it for display', async () => {
    await writeFile(path(), JSON.stringify(map([node('t')]), null, 2));
    const result = await readMapFile(faultyFileSystem().fs, path());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.title).toBe('Coffee');
    expect(result.map.nodes).toHaveLength(1);
    expect(result.name).toBe('coffee');
  });

  it('gives the size of the file, from which the editor counts the map’s saved size', async () => {
    const text = JSON.stringify({ ...map([node('t')]), title: 'Café crème' }, null, 2);
    await writeFile(path(), text);
    const result = await readMapFile(faultyFileSystem().fs, path());
    expect(result.ok && result.fileBytes).toBe(Buffer.byteLength(text));
  });

  it('refuses a file over the size limit without reading it', async () => {
    await writeFile(path(), '');
    await truncate(path(), LIMITS.fileBytes + 1); // sparse: costs no disk space
    const faulty = faultyFileSystem();

    const result = await readMapFile(faulty.fs, path());

    expect(faulty.calls.readFile).toBe(0);
    expect(faulty.calls.open).toBe(0);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.code)).toEqual(['file-too-large']);
    expect(result.message).toBe(
      `Could not open "${path()}":\n- The file is 64.0 MiB; Argmap opens maps of up to 64.0 MiB.`,
    );
  });

  it('refuses a folder without reading it', async () => {
    await mkdir(path());
    const faulty = faultyFileSystem();
    const result = await readMapFile(faulty.fs, path());
    expect(faulty.calls.readFile).toBe(0);
    expect(result).toMatchObject({
      ok: false,
      message: `Could not open "${path()}": it is a folder, not a file.`,
      errors: [{ code: 'file-unreadable', pointer: '' }],
    });
  });

  it.skipIf(process.platform === 'win32')('refuses a device, which could be read forever', async () => {
    const faulty = faultyFileSystem();
    const result = await readMapFile(faulty.fs, '/dev/zero');
    expect(faulty.calls.readFile).toBe(0);
    expect(result).toMatchObject({
      ok: false,
      message: 'Could not open "/dev/zero": it is not a regular file.',
    });
  });

  it('says when the file does not exist', async () => {
    expect(await readMapFile(faultyFileSystem().fs, path())).toMatchObject({
      ok: false,
      message: `Could not open "${path()}": the file or its folder does not exist.`,
      errors: [{ code: 'file-unreadable' }],
    });
  });

  it('says when the file cannot be read', async () => {
    await writeFile(path(), JSON.stringify(map([])));
    const faulty = faultyFileSystem();
    faulty.failOn('readFile', 1, 'EACCES');
    expect(await readMapFile(faulty.fs, path())).toMatchObject({
      ok: false,
      message: `Could not open "${path()}": permission denied.`,
    });
  });

  it('names the file and where broken JSON breaks', async () => {
    await writeFile(path(), '{\n  "format": "argmap"\n  "title": "Coffee"\n}'); // a comma is missing
    const result = await readMapFile(faultyFileSystem().fs, path());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.code).toBe('malformed-json');
    expect(result.message).toMatch(
      new RegExp(
        `^Could not open "${escapeRegExp(path())}":\\n- The file is not valid JSON: .* at line 3, column 3\\.$`,
      ),
    );
  });

  it('names the file and the pointer of each invalid field', async () => {
    await writeFile(path(), JSON.stringify(map([node('t'), node('p', 'opinion')])));
    const result = await readMapFile(faultyFileSystem().fs, path());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'invalid-value', pointer: '/nodes/1/kind' }),
    ]);
    expect(result.message).toMatch(
      new RegExp(
        `^Could not open "${escapeRegExp(path())}":\\n- /nodes/1/kind: node 2 → "kind" must be one of`,
      ),
    );
  });

  it('lists the first ten problems and counts the rest', async () => {
    const nodes = Array.from({ length: 14 }, (_, i) => node(`n${i}`, 'opinion'));
    await writeFile(path(), JSON.stringify(map(nodes)));
    const result = await readMapFile(faultyFileSystem().fs, path());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(14);
    const lines = result.message.split('\n');
    expect(lines).toHaveLength(1 + 10 + 1);
    expect(lines[10]).toMatch(/^- \/nodes\/9\/kind: /);
    expect(lines[11]).toBe('…and 4 more.');
  });

  it('refuses bytes that are not UTF-8', async () => {
    await writeFile(path(), Uint8Array.from([0x7b, 0xff, 0x7d]));
    const result = await readMapFile(faultyFileSystem().fs, path());
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'invalid-utf8' }] });
  });
});

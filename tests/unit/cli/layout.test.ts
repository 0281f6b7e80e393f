import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutCommand } from '../../../src-main/cli/layoutCommand';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { autoLayout } from '../../../src-shared/layout/autoLayout';
import { estimateNodeSize } from '../../../src-shared/layout/nodeSize';
import { loadMapFromText } from '../../../src-shared/load/loadMap';
import type { ArgMap } from '../../../src-shared/model/map';
import { serializeMap } from '../../../src-shared/model/serialize';

const folder = mkdtempSync(join(tmpdir(), 'argmap-cli-layout-'));
const article = (): ArgMap => JSON.parse(readFileSync('maps/article.argmap.json', 'utf8'));

/** The article with every node piled at the origin, as a map that needs laying out. */
function piledUp(): string {
  const map = article();
  const path = join(folder, 'piled.argmap.json');
  writeFileSync(
    path,
    serializeMap({ ...map, nodes: map.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) }),
  );
  return path;
}

function readMap(path: string): ArgMap {
  const loaded = loadMapFromText(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.errors.map((error) => error.message).join('\n'));
  return loaded.value;
}

describe('argmap layout', () => {
  test('writes the positions the app’s Auto-Layout gives, and each node’s size', async () => {
    const input = piledUp();
    const out = join(folder, 'laid-out.argmap.json');
    const result = await layoutCommand(nodeFileSystem, [input, '--out', out]);
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.lines[0]).toMatch(/100 nodes in [\d,]+ × [\d,]+ px \(\d\.\d\d:1, cards fill \d+ %\)/);

    const expected = await autoLayout(readMap(input));
    const written = readMap(out);
    for (const node of written.nodes) {
      expect(node.position, node.id).toEqual(expected.get(node.id) ?? { x: 0, y: 0 });
      expect(node.size, node.id).toEqual(estimateNodeSize(node));
    }
    // Laid out once more, nothing moves: the command and the app agree with themselves.
    expect((await autoLayout(written)).size).toBe(0);
  });

  test('refuses to write over the map it reads, even by another path, or over another map (exit 1)', async () => {
    const input = piledUp();
    const link = join(folder, 'link.argmap.json');
    symlinkSync(input, link);
    const before = readFileSync(input, 'utf8');
    for (const out of [input, link, join(folder, '.', 'piled.argmap.json')]) {
      const result = await layoutCommand(nodeFileSystem, [input, '--out', out]);
      expect(result.exitCode).toBe(1);
      expect(result.errors[0]).toContain('the file being read');
    }
    expect(readFileSync(input, 'utf8')).toBe(before);
    const other = join(folder, 'other.argmap.json');
    writeFileSync(other, before);
    const overMap = await layoutCommand(nodeFileSystem, [input, '--out', other]);
    expect(overMap.exitCode).toBe(1);
    expect(readFileSync(other, 'utf8')).toBe(before);
  });

  test('says what is wrong with the command (exit 2) or with the map, naming the file (exit 1)', async () => {
    expect((await layoutCommand(nodeFileSystem, [piledUp()])).exitCode).toBe(2);
    expect((await layoutCommand(nodeFileSystem, ['--out', join(folder, 'x.json')])).exitCode).toBe(2);
    expect((await layoutCommand(nodeFileSystem, ['a', 'b', '--out', 'c'])).exitCode).toBe(2);
    expect((await layoutCommand(nodeFileSystem, ['a', '--wide', '--out', 'c'])).exitCode).toBe(2);

    const broken = join(folder, 'broken.argmap.json');
    writeFileSync(broken, '{"format": "argmap", "nodes": [');
    const result = await layoutCommand(nodeFileSystem, [broken, '--out', join(folder, 'never.json')]);
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain('broken.argmap.json');
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newCommand } from '../../../src-main/cli/newCommand';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { loadMapFromText } from '../../../src-shared/load/loadMap';

const folder = () => mkdtempSync(join(tmpdir(), 'argmap-new-'));
const ARTICLE = `# Fares should be free\n\nBy Ana Ruiz\n\nBuses cost less to run than the tickets cost to sell, the council's report says.`;

describe('argmap new', () => {
  it('writes a valid map whose source is the article, with its title and author', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'fares.md'), ARTICLE);
    const out = join(dir, 'fares.argmap.json');
    const result = await newCommand(nodeFileSystem, [join(dir, 'fares.md'), '--out', out]);
    expect(result.exitCode).toBe(0);
    const loaded = loadMapFromText(readFileSync(out, 'utf8'));
    if (!loaded.ok) throw new Error('the map does not load');
    expect(loaded.value.title).toBe('Fares should be free');
    expect(loaded.value.source).toMatchObject({ title: 'Fares should be free', author: 'Ana Ruiz' });
    expect(loaded.value.source?.text).toContain('Buses cost less to run');
  });

  it('lets --title and --author override what the article says', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'fares.md'), ARTICLE);
    const out = join(dir, 'fares.argmap.json');
    await newCommand(nodeFileSystem, [
      join(dir, 'fares.md'),
      '--out',
      out,
      '--title',
      'Free fares',
      '--author',
      'A. Ruiz',
    ]);
    const map = JSON.parse(readFileSync(out, 'utf8'));
    expect([map.title, map.source.title, map.source.author]).toEqual(['Free fares', 'Free fares', 'A. Ruiz']);
  });

  it('exits with 1, naming the file and why, when it cannot be read or has no text', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'empty.txt'), '\n\n');
    const missing = await newCommand(nodeFileSystem, [
      join(dir, 'gone.pdf'),
      '--out',
      join(dir, 'a.argmap.json'),
    ]);
    const empty = await newCommand(nodeFileSystem, [
      join(dir, 'empty.txt'),
      '--out',
      join(dir, 'b.argmap.json'),
    ]);
    expect(missing).toMatchObject({
      exitCode: 1,
      errors: [expect.stringMatching(/gone\.pdf.*does not exist/)],
    });
    expect(empty).toMatchObject({ exitCode: 1, errors: [expect.stringMatching(/empty\.txt.*has no text/)] });
  });

  it('exits with 2 on a usage error, and with 1 rather than write over the article', async () => {
    const dir = folder();
    const article = join(dir, 'fares.md');
    writeFileSync(article, ARTICLE);
    expect((await newCommand(nodeFileSystem, [article])).exitCode).toBe(2);
    const over = await newCommand(nodeFileSystem, [article, '--out', article]);
    expect(over.exitCode).toBe(1);
    expect(over.errors.join('\n')).toContain('the file being read');
    expect(
      (await newCommand(nodeFileSystem, [article, '--out', 'x.argmap.json', '--colour', 'red'])).exitCode,
    ).toBe(2);
    expect(readFileSync(article, 'utf8')).toBe(ARTICLE);
  });
});

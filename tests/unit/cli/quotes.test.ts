import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newCommand } from '../../../src-main/cli/newCommand';
import { quotesCommand } from '../../../src-main/cli/quotesCommand';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';

const ARTICLE = `<!doctype html><html><head><title>Bus lanes</title></head><body><nav>Home · News</nav><article>
<h1>Bus lanes</h1>
<p>The city council voted on Tuesday to build bus lanes on Main Street after a long and bitter debate in the chamber.</p>
<p>“This is the day our buses stop waiting in traffic,” said Linda Okafor, the mayor. Business owners were less sure of it.</p>
</article></body></html>`;

describe('argmap quotes', () => {
  it('prints the quotes of an article as JSON, with offsets into the source argmap new gives it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-quotes-'));
    const page = join(dir, 'lanes.html');
    writeFileSync(page, ARTICLE);
    const output = await quotesCommand(nodeFileSystem, [page, '--json']);
    expect(output.exitCode).toBe(0);
    const quotes = JSON.parse(output.lines.join('\n'));
    expect(quotes).toEqual([
      {
        text: 'This is the day our buses stop waiting in traffic',
        speaker: 'Linda Okafor',
        role: 'mayor',
        start: expect.any(Number),
        end: expect.any(Number),
        direct: true,
      },
    ]);
    await newCommand(nodeFileSystem, [page, '--out', join(dir, 'lanes.argmap.json')]);
    const source = JSON.parse(readFileSync(join(dir, 'lanes.argmap.json'), 'utf8')).source.text as string;
    expect(source.slice(quotes[0].start, quotes[0].end)).toBe(quotes[0].text);
    const fromMap = await quotesCommand(nodeFileSystem, [join(dir, 'lanes.argmap.json'), '--json']);
    expect(JSON.parse(fromMap.lines.join('\n'))).toEqual(quotes);
  });

  it('lists quotes for people to read, and says why a file cannot be read', async () => {
    const listed = await quotesCommand(nodeFileSystem, ['maps/article.argmap.json']);
    expect(listed.lines.join('\n')).toMatch(
      /“We must take a bold step to change the status quo”\n {4}— Fumio Kishida/,
    );
    const missing = await quotesCommand(nodeFileSystem, ['nowhere.txt']);
    expect(missing).toMatchObject({ exitCode: 1, errors: [expect.stringContaining('nowhere.txt')] });
    expect((await quotesCommand(nodeFileSystem, [])).exitCode).toBe(2);
  });
});

import { readFileSync } from 'node:fs';
import { validateFiles } from '../../../src-main/cli/validate';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';

const expected = JSON.parse(readFileSync('tests/fixtures/broken/expected.json', 'utf8')) as Record<
  string,
  { code: string; pointer: string }
>;

describe('argmap validate', () => {
  test('passes a valid map, saying what it holds, with exit code 0', async () => {
    const report = await validateFiles(nodeFileSystem, ['maps/article.argmap.json']);
    expect(report).toEqual({
      exitCode: 0,
      lines: ['✓ maps/article.argmap.json: a valid map (100 nodes, 99 links, 33 tour steps)'],
      errors: [],
    });
  });

  test('reports each broken fixture on standard error with the same code and pointer as the app’s loader, and exit code 1', async () => {
    for (const [file, error] of Object.entries(expected)) {
      const path = `tests/fixtures/broken/${file}`;
      const report = await validateFiles(nodeFileSystem, [path]);
      expect(report.exitCode).toBe(1);
      expect(report.lines).toEqual([]);
      expect(report.errors[0]).toBe(`✗ ${path}`);
      expect(report.errors.slice(1).join('\n')).toContain(`${error.pointer || '(file)'}  ${error.code}:`);
    }
  });

  test('checks every file it is given and sums up on standard output, the problems on standard error', async () => {
    const report = await validateFiles(nodeFileSystem, [
      'maps/article.argmap.json',
      'no/such/file.argmap.json',
    ]);
    expect(report.exitCode).toBe(1);
    expect(report.lines.at(-1)).toBe('1 valid, 1 invalid');
    expect(report.lines.join('\n')).not.toContain('no/such/file.argmap.json');
    expect(report.errors.join('\n')).toContain('no/such/file.argmap.json');
  });
});

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand } from '../../../src-main/cli/exportCommand';
import { validateFiles } from '../../../src-main/cli/validate';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { loadInterFonts } from '../../../src-main/files/interFonts';

const folder = mkdtempSync(join(tmpdir(), 'argmap-messages-'));

function fileOf(name: string, bytes: number[] | string): string {
  const path = join(folder, name);
  writeFileSync(path, typeof bytes === 'string' ? bytes : Buffer.from(bytes));
  return path;
}

describe('argmap validate says what a file that is not a map is', () => {
  test.each([
    ['x.pdf', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'a PDF document'],
    ['x.docx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0], 'a ZIP archive (Word, Excel'],
    ['x.jpg', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'a JPEG image'],
    ['x.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0], 'an old-style Microsoft Office document'],
    ['x.gz', [0x1f, 0x8b, 8, 0], 'a gzip-compressed file'],
  ])('%s: "%s…" is %s, not a map', async (name, bytes, what) => {
    const path = fileOf(name, bytes);
    const report = await validateFiles(nodeFileSystem, [path]);
    expect(report.exitCode).toBe(1);
    expect(report.errors.join('\n')).toContain(`not-a-map: The file is ${what}`);
    expect(report.errors.join('\n')).not.toContain('UTF-8');
  });

  test('a UTF-16 map is named as UTF-16', async () => {
    const path = fileOf('utf16.argmap.json', [0xff, 0xfe, 0x7b, 0, 0x7d, 0]);
    const report = await validateFiles(nodeFileSystem, [path]);
    expect(report.errors.join('\n')).toContain('The file is UTF-16 text; Argmap reads maps saved as UTF-8.');
  });

  test('a PNG that carries no map says so', async () => {
    const png = join(folder, 'plain.png');
    const args = ['maps/article.argmap.json', '--out', png, '--no-embed', '--scale', '1'];
    expect((await exportCommand(nodeFileSystem, loadInterFonts, args)).exitCode).toBe(0);
    const report = await validateFiles(nodeFileSystem, [png]);
    expect(report.errors.join('\n')).toContain('the image carries no map');
  }, 60_000);
});

describe('argmap export names the real reason an output cannot be written', { timeout: 60_000 }, () => {
  test.runIf(existsSync('/proc/self'))(
    '/proc exists but takes no new file: the folder is not called missing',
    async () => {
      const output = await exportCommand(nodeFileSystem, loadInterFonts, [
        'maps/article.argmap.json',
        '--out',
        '/proc/x.svg',
      ]);
      expect(output.exitCode).toBe(1);
      expect(output.errors[0]).toBe(
        'Could not write "/proc/x.svg": its folder does not let files be created in it (a system folder, such as /proc, that only the system writes).',
      );
    },
  );

  test('a folder that is not there is still called missing', async () => {
    const out = join(folder, 'no', 'such', 'x.svg');
    const output = await exportCommand(nodeFileSystem, loadInterFonts, [
      'maps/article.argmap.json',
      '--out',
      out,
    ]);
    expect(output.errors[0]).toBe(`Could not write "${out}": the folder it goes in does not exist.`);
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportFileName, exportImage } from '../../../src-main/app/exportImage';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { ScriptedDialogs } from '../../e2e/support/scriptedDialogs';
import { faultyFileSystem, tempDirPerTest } from './faultyFileSystem';

const folder = tempDirPerTest();
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n';

describe('exporting an image', () => {
  test('writes the SVG where the user chose, adding the extension, suggesting a name from the title', async () => {
    const dialogs = new ScriptedDialogs();
    dialogs.exportAnswers.push(join(folder(), 'slide'));
    const result = await exportImage({ fs: nodeFileSystem, dialogs }, 1, {
      format: 'svg',
      data: SVG,
      suggestedName: 'Cars: for/against?',
    });
    expect(result).toEqual({ status: 'saved', name: 'slide.svg' });
    expect(dialogs.asked).toEqual(['export:Cars- for-against.svg']);
    expect(await readFile(join(folder(), 'slide.svg'), 'utf8')).toBe(SVG);
  });

  test('refuses to write anything that is not an SVG document', async () => {
    const dialogs = new ScriptedDialogs();
    const result = await exportImage({ fs: nodeFileSystem, dialogs }, 1, {
      format: 'svg',
      data: '#!/bin/sh\nrm -rf ~',
      suggestedName: 'x',
    });
    expect(result).toMatchObject({ status: 'failed' });
    expect(dialogs.asked).toEqual([]);
  });

  test('a failed write says where and why', async () => {
    const faulty = faultyFileSystem();
    faulty.failOn('rename', 1, 'ENOSPC');
    const dialogs = new ScriptedDialogs();
    dialogs.exportAnswers.push(join(folder(), 'full.svg'));
    const result = await exportImage({ fs: faulty.fs, dialogs }, 1, {
      format: 'svg',
      data: SVG,
      suggestedName: 'x',
    });
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('disk is full') });
  });

  test('writes a PNG’s bytes, sent as base64, and refuses bytes that are not a PNG', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('rest of the image'),
    ]);
    const dialogs = new ScriptedDialogs();
    dialogs.exportAnswers.push(join(folder(), 'map'));
    const saved = await exportImage({ fs: nodeFileSystem, dialogs }, 1, {
      format: 'png',
      data: png.toString('base64'),
      suggestedName: 'x',
    });
    expect(saved).toEqual({ status: 'saved', name: 'map.png' });
    expect(await readFile(join(folder(), 'map.png'))).toEqual(png);
    const refused = await exportImage({ fs: nodeFileSystem, dialogs }, 1, {
      format: 'png',
      data: Buffer.from('GIF89a').toString('base64'),
      suggestedName: 'x',
    });
    expect(refused).toMatchObject({ status: 'failed', message: expect.stringContaining('not a PNG image') });
  });

  test('a title with nothing usable still gives a file name', () => {
    expect(exportFileName('...', 'svg')).toBe('Untitled map.svg');
  });
});

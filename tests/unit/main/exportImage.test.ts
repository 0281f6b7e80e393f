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
      text: SVG,
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
      text: '#!/bin/sh\nrm -rf ~',
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
      text: SVG,
      suggestedName: 'x',
    });
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('disk is full') });
  });

  test('a title with nothing usable still gives a file name', () => {
    expect(exportFileName('...', 'svg')).toBe('Untitled map.svg');
  });
});

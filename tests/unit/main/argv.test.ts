import { mapPathsFromArgv } from '../../../src-main/app/argv';

const cwd = '/home/ada/maps';
const packaged = { cwd, isDefaultApp: false };

describe('mapPathsFromArgv', () => {
  it('skips the executable of a packaged app', () => {
    expect(mapPathsFromArgv(['/opt/Argmap/argmap', '/tmp/a.argmap.json'], packaged)).toEqual([
      '/tmp/a.argmap.json',
    ]);
    expect(mapPathsFromArgv(['/opt/Argmap/argmap.argmap.json'], packaged)).toEqual([]);
  });

  it('also skips the app folder when run as `electron .`', () => {
    const argv = ['/usr/lib/electron/electron', '.', 'a.argmap.json'];
    expect(mapPathsFromArgv(argv, { cwd, isDefaultApp: true })).toEqual(['/home/ada/maps/a.argmap.json']);
  });

  it('resolves relative paths against the folder the command ran in', () => {
    const argv = ['argmap', 'a.argmap.json', '../b.argmap.json', './sub/c.argmap.json'];
    expect(mapPathsFromArgv(argv, packaged)).toEqual([
      '/home/ada/maps/a.argmap.json',
      '/home/ada/b.argmap.json',
      '/home/ada/maps/sub/c.argmap.json',
    ]);
  });

  it('skips flags and the Chromium switches Electron adds to a second instance’s argv', () => {
    const argv = [
      '/opt/Argmap/argmap',
      '--allow-file-access-from-files',
      '--original-process-start-time=13372334400000000',
      '--enable-logging',
      '--lang=en-US',
      '-psn_0_1234567',
      'a.argmap.json',
      '--inspect=9229',
    ];
    expect(mapPathsFromArgv(argv, packaged)).toEqual(['/home/ada/maps/a.argmap.json']);
  });

  it('treats everything after `--` as a path, even a name starting with a dash', () => {
    const argv = ['argmap', '--verbose', '--', '-odd.argmap.json', '--also.argmap.json'];
    expect(mapPathsFromArgv(argv, packaged)).toEqual([
      '/home/ada/maps/-odd.argmap.json',
      '/home/ada/maps/--also.argmap.json',
    ]);
  });

  it('keeps only map files, whatever the case of the extension', () => {
    const argv = ['argmap', 'notes.txt', 'data.json', 'A.ARGMAP.JSON', 'folder'];
    expect(mapPathsFromArgv(argv, packaged)).toEqual(['/home/ada/maps/A.ARGMAP.JSON']);
  });

  it('accepts file:// URLs from desktop entries and ignores other URLs', () => {
    const argv = ['argmap', 'file:///home/ada/My%20map.argmap.json', 'https://example.com/x.argmap.json'];
    expect(mapPathsFromArgv(argv, packaged)).toEqual(['/home/ada/My map.argmap.json']);
  });

  it('names each file once', () => {
    const argv = ['argmap', 'a.argmap.json', '/home/ada/maps/a.argmap.json', './a.argmap.json'];
    expect(mapPathsFromArgv(argv, packaged)).toEqual(['/home/ada/maps/a.argmap.json']);
  });

  it('gives nothing for an empty command line', () => {
    expect(mapPathsFromArgv([], packaged)).toEqual([]);
    expect(mapPathsFromArgv(['argmap', ''], packaged)).toEqual([]);
  });
});

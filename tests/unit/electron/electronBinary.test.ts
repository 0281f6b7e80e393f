import { electronBinaryName } from '../../../scripts/electronBinary.mjs';

describe('the Electron executable npm start runs from ELECTRON_OVERRIDE_DIST_PATH', () => {
  test.each([
    ['darwin', 'Electron.app/Contents/MacOS/Electron'],
    ['win32', 'electron.exe'],
    ['linux', 'electron'],
  ] as const)('on %s it is %s', (platform, binary) => {
    expect(electronBinaryName(platform, undefined)).toBe(binary);
  });

  test('the installed package’s own path.txt wins', () => {
    expect(electronBinaryName('win32', 'electron.exe\n')).toBe('electron.exe');
    expect(electronBinaryName('linux', 'custom/electron\n')).toBe('custom/electron');
  });
});

// Where the executable lies inside an Electron build on each platform (as the electron package's
// install.js has it), for ELECTRON_OVERRIDE_DIST_PATH and for a build not yet described by path.txt.
const PLATFORM_BINARIES = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  mas: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
  linux: 'electron',
  freebsd: 'electron',
  openbsd: 'electron',
};

/** The executable's path inside an Electron folder: path.txt's when there is one, else the platform's. */
export function electronBinaryName(platform, pathTxt) {
  return pathTxt?.trim() || PLATFORM_BINARIES[platform] || 'electron';
}

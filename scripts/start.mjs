#!/usr/bin/env node
// `npm start`: build Argmap and launch it in Electron (`--dev`: with the dev server and hot reload).
// Electron's binary is downloaded the first time it is needed; where that cannot happen, say so plainly.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinaryName } from './electronBinary.mjs';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const dev = process.argv.includes('--dev');

function binaryName() {
  const pathFile = join(electronDir, 'path.txt');
  return electronBinaryName(
    process.platform,
    existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined,
  );
}

/** The Electron executable to run, downloading it first if needed; null when it cannot be had. */
function findElectron() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, binaryName());
    return existsSync(candidate) ? candidate : null;
  }
  const installed = () =>
    existsSync(join(electronDir, 'path.txt')) && existsSync(join(electronDir, 'dist', binaryName()));
  if (installed()) return join(electronDir, 'dist', binaryName());
  console.log('Downloading Electron (first start only)…');
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return download.status === 0 && installed() ? join(electronDir, 'dist', binaryName()) : null;
}

const electron = findElectron();
if (!electron) {
  const where = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? `ELECTRON_OVERRIDE_DIST_PATH is set to "${process.env.ELECTRON_OVERRIDE_DIST_PATH}", but no Electron executable is there.`
    : 'Electron’s binary is not installed, and downloading it failed (this machine may be offline, or the download host may be blocked).';
  console.error(
    `\nArgmap cannot start: ${where} To fix it, do one of these, then run "npm start" again: ` +
      'connect to the internet so the first start can download Electron; or set ELECTRON_MIRROR to a mirror you can reach ' +
      '(a copy of Electron’s GitHub releases); or set ELECTRON_OVERRIDE_DIST_PATH to a folder ' +
      'holding an Electron build of the version in package.json. The tests ("npm test") do not need Electron.\n',
  );
  process.exit(1);
}

const viteBin = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const args = dev ? ['dev'] : ['preview'];
const run = spawnSync(process.execPath, [viteBin, ...args, '--config', 'electron.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: electron },
});
process.exit(run.status ?? 1);

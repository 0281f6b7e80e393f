#!/usr/bin/env node
// `argmap`: the command line, built with the app (npm install and npm run build both build it).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'out', 'main', 'cli.cjs');
if (!existsSync(cli)) {
  console.error(
    'argmap: the command line has not been built yet. Run "npm run build" in the Argmap folder, then try again.',
  );
  process.exit(2);
}
require(cli);

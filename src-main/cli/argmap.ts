import { nodeFileSystem } from '../files/fileSystem';
import { loadInterFonts } from '../files/interFonts';
import { CONVERT_USAGE, convertCommand } from './convertCommand';
import { EXPORT_USAGE, exportCommand } from './exportCommand';
import { validateFiles } from './validate';

const USAGE = `Usage: argmap validate <file.argmap.json>...
       ${EXPORT_USAGE}
       ${CONVERT_USAGE}

  validate   Check map files with Argmap's own loader. Prints every problem with its JSON pointer;
             exits with 0 only when every file is a valid map.`;

/** `argmap` on the command line: plain Node, no Electron and no browser. */
export async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'validate' && rest.length > 0) {
    const report = await validateFiles(nodeFileSystem, rest);
    for (const line of report.lines) console.log(line);
    return report.exitCode;
  }
  if (command === 'export') {
    const output = await exportCommand(nodeFileSystem, loadInterFonts, rest);
    for (const line of output.lines) console.log(line);
    for (const line of output.errors) console.error(line);
    return output.exitCode;
  }
  if (command === 'convert') {
    const output = await convertCommand(nodeFileSystem, rest);
    for (const line of output.lines) console.log(line);
    for (const line of output.errors) console.error(line);
    return output.exitCode;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

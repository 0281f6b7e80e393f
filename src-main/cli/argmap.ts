import { nodeFileSystem } from '../files/fileSystem';
import { loadInterFonts } from '../files/interFonts';
import { COMPARE_USAGE, compareCommand } from './compareCommand';
import { CONVERT_USAGE, convertCommand } from './convertCommand';
import { EVALUATE_USAGE, evaluateCommand } from './evaluateCommand';
import { type CommandOutput, EXPORT_USAGE, exportCommand } from './exportCommand';
import { LAYOUT_USAGE, layoutCommand } from './layoutCommand';
import { NEW_USAGE, newCommand } from './newCommand';
import { QUOTES_USAGE, quotesCommand } from './quotesCommand';
import { validateFiles } from './validate';

const USAGE = `Usage: argmap validate <file.argmap.json>...
       ${EXPORT_USAGE}
       ${COMPARE_USAGE}
       ${EVALUATE_USAGE}
       ${NEW_USAGE}
       ${QUOTES_USAGE}
       ${LAYOUT_USAGE}
       ${CONVERT_USAGE}

  validate   Check map files with Argmap's own loader. Prints every problem with its JSON pointer
             on standard error, and the valid files and the count on standard output;
             exits with 0 only when every file is a valid map.`;

/** Every command, by name: each takes its arguments and says what to print and how to exit. */
const COMMANDS: Record<string, (args: readonly string[]) => Promise<CommandOutput>> = {
  validate: async (args) =>
    args.length === 0 ? { lines: [], errors: [USAGE], exitCode: 2 } : validateFiles(nodeFileSystem, args),
  export: (args) => exportCommand(nodeFileSystem, loadInterFonts, args),
  compare: (args) => compareCommand(nodeFileSystem, args),
  evaluate: (args) => evaluateCommand(nodeFileSystem, args),
  new: (args) => newCommand(nodeFileSystem, args),
  quotes: (args) => quotesCommand(nodeFileSystem, args),
  layout: (args) => layoutCommand(nodeFileSystem, args),
  convert: (args) => convertCommand(nodeFileSystem, args),
};

/** `argmap` on the command line: plain Node, no Electron and no browser. */
export async function main(args: readonly string[]): Promise<number> {
  const [command = '', ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    console.error(USAGE);
    return 2;
  }
  const output = await run(rest);
  for (const line of output.errors) console.error(line);
  for (const line of output.lines) console.log(line);
  return output.exitCode;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

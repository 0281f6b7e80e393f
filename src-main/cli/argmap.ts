import { nodeFileSystem } from '../files/fileSystem';
import type { CommandOutput } from './exportCommand';

/**
 * The whole usage. Each command keeps its own text beside its code, so the help loads every command
 * module: only `--help` and a command not understood need it.
 */
async function usage(): Promise<string> {
  const [compare, convert, evaluate, exporting, layout, creating, quotes] = await Promise.all([
    import('./compareCommand'),
    import('./convertCommand'),
    import('./evaluateCommand'),
    import('./exportCommand'),
    import('./layoutCommand'),
    import('./newCommand'),
    import('./quotesCommand'),
  ]);
  return `Usage: argmap validate <file.argmap.json>...
       ${exporting.EXPORT_USAGE}
       ${compare.COMPARE_USAGE}
       ${evaluate.EVALUATE_USAGE}
       ${creating.NEW_USAGE}
       ${quotes.QUOTES_USAGE}
       ${layout.LAYOUT_USAGE}
       ${convert.CONVERT_USAGE}

  validate   Check map files with Argmap's own loader. Prints every problem with its JSON pointer
             on standard error, and the valid files and the count on standard output;
             exits with 0 only when every file is a valid map.`;
}

/**
 * Every command, by name: each takes its arguments and says what to print and how to exit. A command's
 * module is loaded only when it runs (import() stays lazy in the bundle), so `argmap validate` never
 * loads the export engine, its fonts, resvg, pdf-lib or the article readers.
 */
const COMMANDS: Record<string, (args: readonly string[]) => Promise<CommandOutput>> = {
  validate: async (args) =>
    args.length === 0
      ? { lines: [], errors: [await usage()], exitCode: 2 }
      : (await import('./validate')).validateFiles(nodeFileSystem, args),
  export: async (args) => {
    const [{ exportCommand }, { loadInterFonts }] = await Promise.all([
      import('./exportCommand'),
      import('../files/interFonts'),
    ]);
    return exportCommand(nodeFileSystem, loadInterFonts, args);
  },
  compare: async (args) => (await import('./compareCommand')).compareCommand(nodeFileSystem, args),
  evaluate: async (args) => (await import('./evaluateCommand')).evaluateCommand(nodeFileSystem, args),
  new: async (args) => (await import('./newCommand')).newCommand(nodeFileSystem, args),
  quotes: async (args) => (await import('./quotesCommand')).quotesCommand(nodeFileSystem, args),
  layout: async (args) => (await import('./layoutCommand')).layoutCommand(nodeFileSystem, args),
  convert: async (args) => (await import('./convertCommand')).convertCommand(nodeFileSystem, args),
};

/** `argmap` on the command line: plain Node, no Electron and no browser. */
export async function main(args: readonly string[]): Promise<number> {
  const [command = '', ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(await usage());
    return 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    console.error(await usage());
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

import { parseArgs } from 'node:util';
import { loadMapFromText } from '../../src-shared/load/loadMap';
import { createArticleMap } from '../../src-shared/model/articleMap';
import { serializeMap } from '../../src-shared/model/serialize';
import type { FileSystem } from '../files/fileSystem';
import { checkOutput } from '../files/outputGuard';
import { articleFallbackTitle } from '../import/articleName';
import { readArticleFile } from '../import/readArticleFile';
import type { CommandOutput } from './exportCommand';
import { writeOutput } from './writeOutput';

export const NEW_USAGE = `argmap new <article> --out <map.argmap.json> [--title T] [--author A]

  Makes a new map of an article, as the app's File → New Map from Article… does: a web page (.html),
  PDF, Word (.docx), Markdown (.md) or plain text file becomes the map's source, with its title,
  author(s), site, date and URL where the document gives them. --title and --author override them.`;

const usageError = (message: string): CommandOutput => ({
  lines: [],
  errors: [`argmap new: ${message}`, '', NEW_USAGE],
  exitCode: 2,
});

/** `argmap new`: imports an article into a new map and writes it atomically. */
export async function newCommand(fs: FileSystem, args: readonly string[]): Promise<CommandOutput> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError('give exactly one article file.');
  if (!values.out) return usageError('say where to write the map with --out <map.argmap.json>.');
  const input = positionals[0] as string;
  // The one guard of every command that writes: never over what it reads, nor over a map.
  const allowed = await checkOutput(fs, values.out, { inputs: [input] });
  if (!allowed.ok) return { lines: [], errors: [allowed.message], exitCode: 1 };
  const imported = await readArticleFile(fs, input);
  if (!imported.ok) return { lines: [], errors: [imported.message], exitCode: 1 };
  const map = createArticleMap(imported.article, articleFallbackTitle(input), {
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(values.author === undefined ? {} : { author: values.author }),
  });
  const text = serializeMap(map);
  const checked = loadMapFromText(text);
  if (!checked.ok) {
    const first = checked.errors[0];
    return {
      lines: [],
      errors: [`Could not import "${input}": ${first?.pointer} ${first?.message}`],
      exitCode: 1,
    };
  }
  const failed = await writeOutput(fs, values.out, new TextEncoder().encode(text));
  if (failed) return failed;
  const source = map.source;
  const by = source?.author ? ` by ${source.author}` : '';
  const size = (source?.text.length ?? 0).toLocaleString('en-US');
  return {
    lines: [`✓ ${values.out}: "${map.title}"${by}, ${size} characters of source`],
    errors: [],
    exitCode: 0,
  };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      title: { type: 'string' },
      author: { type: 'string' },
    },
  });
}

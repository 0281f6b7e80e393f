import { parseArgs } from 'node:util';
import { findQuotes } from '../../src-shared/source/quotes/findQuotes';
import type { FileSystem } from '../files/fileSystem';
import { isOpenableFileName } from '../files/mapFileName';
import { readMapFile } from '../files/readMapFile';
import { readArticleFile } from '../import/readArticleFile';
import type { CommandOutput } from './exportCommand';

export const QUOTES_USAGE = `argmap quotes <article|map> [--json]

  Lists every quotation in an article (as argmap new would import it) or in a map's source, with
  who said it, as Map → Find Quotes… does. --json prints an array of
  { "text", "speaker", "role", "start", "end", "direct" } with offsets into that source text.`;

/** The source text of a map file, or of an article imported as `argmap new` would. */
async function sourceText(fs: FileSystem, path: string): Promise<{ text: string } | { message: string }> {
  if (isOpenableFileName(path)) {
    const loaded = await readMapFile(fs, path);
    if (!loaded.ok) return { message: loaded.message };
    if (!loaded.map.source) return { message: `"${path}" has no source text to look for quotes in.` };
    return { text: loaded.map.source.text };
  }
  const imported = await readArticleFile(fs, path);
  return imported.ok ? { text: imported.article.text } : { message: imported.message };
}

/** `argmap quotes`: the quote finder on the command line. */
export async function quotesCommand(fs: FileSystem, args: readonly string[]): Promise<CommandOutput> {
  let parsed: ReturnType<
    typeof parseArgs<{ options: { json: { type: 'boolean' } }; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean' } },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length !== 1) return usage('give exactly one article or map file.');
  const path = parsed.positionals[0] as string;
  const source = await sourceText(fs, path);
  if ('message' in source) return { lines: [], errors: [source.message], exitCode: 1 };
  const quotes = findQuotes(source.text);
  if (parsed.values.json) return { lines: [JSON.stringify(quotes, null, 2)], errors: [], exitCode: 0 };
  const lines = quotes.map((quote) => {
    const who = quote.speaker ? `${quote.speaker}${quote.role ? `, ${quote.role}` : ''}` : 'speaker unknown';
    const marks = quote.direct ? `“${quote.text}”` : `${quote.text} (reported)`;
    return `${marks}\n    — ${who} [${quote.start}–${quote.end}]`;
  });
  lines.push(`${quotes.length} quote${quotes.length === 1 ? '' : 's'} found.`);
  return { lines, errors: [], exitCode: 0 };
}

const usage = (message: string): CommandOutput => ({
  lines: [],
  errors: [`argmap quotes: ${message}`, '', QUOTES_USAGE],
  exitCode: 2,
});

import type { InterFonts } from '../../src-shared/export/interFonts';
import { describeFolding } from '../../src-shared/fold/folding';
import { shortenForDisplay } from '../../src-shared/text/shortenForDisplay';
import { exportMap } from '../export/exportMap';
import type { FileSystem } from '../files/fileSystem';
import { checkOutput } from '../files/outputGuard';
import { readMapFile } from '../files/readMapFile';
import { parseExportArgs } from './exportArgs';
import { writeOutput } from './writeOutput';

export const EXPORT_USAGE = `argmap export <map> --out <file> [options]

  Draws a map as the app's File → Export… does, with the same engine, and writes it atomically.
  <map> is a .argmap.json file, or a PNG or SVG exported with its map embedded.

  --format png|svg|pdf|html            default: from the extension of --out
  --out <file>                         where to write
  --scale <0.1-4>                      PNG pixels per map pixel (default 2)
  --background transparent|white|theme (default theme)
  --padding <px>                       space around the map (default 24)
  --theme light|dark|projector         (default light)
  --step <N>                           only what tour step N shows (1 is the first)
  --paper fit|a4|letter                PDF: one page, or the map at print size across sheets (default fit)
  --fit-width <N>                      PDF on a4 or letter: shrink the map so its width spans N sheets
  --no-embed                           leave the map out of a PNG or SVG (by default it is embedded)
  --assessment                         draw each node's standing and the verdict, as Assess mode shows them
  --no-source                          HTML: leave the source text out of the web page (by default it is in)
  --citation                           cite the map's source beneath the drawing (author, title, site, date, URL)
  --fit-slide                          the whole map folded to the deepest level whose text reads on a
                                       16:9 slide (12 px or more), laid out again; folded cards show "+n"

  A web page (.html) is one file with the map, its tour, its source text and its viewer inside: it opens
  offline in any current browser and requests nothing.`;

export interface CommandOutput {
  lines: string[];
  errors: string[];
  /** 0 written; 1 the map or the export failed; 2 the command was not understood. */
  exitCode: 0 | 1 | 2;
}

const usageError = (message: string): CommandOutput => ({
  lines: [],
  errors: [`argmap export: ${message}`, '', EXPORT_USAGE],
  exitCode: 2,
});

/** `argmap export`: reads the map, draws it with the app's engine, writes the file atomically. */
export async function exportCommand(
  fs: FileSystem,
  fonts: () => Promise<InterFonts>,
  args: readonly string[],
): Promise<CommandOutput> {
  const request = parseExportArgs(args);
  if ('usage' in request) return usageError(request.usage);
  const { mapPath, out, options } = request;
  const loaded = await readMapFile(fs, mapPath);
  if (!loaded.ok) return { lines: [], errors: [loaded.message], exitCode: 1 };
  const allowed = await checkOutput(fs, out, { inputs: [mapPath] });
  if (!allowed.ok) return { lines: [], errors: [allowed.message], exitCode: 1 };
  const started = performance.now();
  const result = await exportMap(loaded.map, options, { fonts: await fonts() });
  if (!result.ok)
    return {
      lines: [],
      errors: [`Could not export "${shortenForDisplay(mapPath)}": ${result.message}`],
      exitCode: 1,
    };
  const failed = await writeOutput(fs, out, result.bytes);
  if (failed) return failed;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const what =
    options.format === 'pdf'
      ? `${result.pages} page${result.pages === 1 ? '' : 's'}`
      : options.format === 'html'
        ? `${loaded.map.nodes.length} nodes, ${loaded.map.tour.length} tour steps`
        : `${result.width.toLocaleString('en-US')} × ${result.height.toLocaleString('en-US')} px`;
  const size = `${(result.bytes.length / 1024).toFixed(0)} KB`;
  const folded =
    options.subject.kind === 'map' && options.format !== 'html' ? describeFolding(loaded.map) : null;
  return {
    lines: [
      `✓ ${shortenForDisplay(out)}: ${options.format.toUpperCase()}, ${what}, ${size}, in ${seconds} s`,
      ...(folded ? [`  ${folded}; they are left out, as on the canvas.`] : []),
      ...(options.fitSlide && options.subject.kind === 'map'
        ? ['  Folded to fit a 16:9 slide where needed: each folded card shows how many cards it hides.']
        : []),
    ],
    errors: [],
    exitCode: 0,
  };
}

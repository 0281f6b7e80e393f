import { parseArgs } from 'node:util';
import { autoLayout, sizeOf } from '../../src-shared/layout/autoLayout';
import { layoutShape } from '../../src-shared/layout/shape';
import type { ArgMap } from '../../src-shared/model/map';
import { serializeMap } from '../../src-shared/model/serialize';
import type { FileSystem } from '../files/fileSystem';
import { checkOutput } from '../files/outputGuard';
import { readMapFile } from '../files/readMapFile';
import type { CommandOutput } from './exportCommand';
import { writeOutput } from './writeOutput';

export const LAYOUT_USAGE = `argmap layout <map> --out <file>

  Lays a map out as the app's Arrange → Auto-Layout does, with the same engine, and writes the map
  with every node's new position and its size (stored sizes are kept; others are estimated from the
  text, as the app does before a card is drawn). Pinned nodes stay where they are.`;

const usageError = (message: string): CommandOutput => ({
  lines: [],
  errors: [`argmap layout: ${message}`, '', LAYOUT_USAGE],
  exitCode: 2,
});

/** The map laid out, each node with its position and the size it was laid out at. */
export async function laidOutMap(map: ArgMap): Promise<ArgMap> {
  const moves = await autoLayout(map);
  return {
    ...map,
    nodes: map.nodes.map((node) => ({
      ...node,
      position: moves.get(node.id) ?? node.position,
      size: sizeOf(node, undefined),
    })),
  };
}

/** `argmap layout`: reads the map, lays it out with the app's Auto-Layout, writes it atomically. */
export async function layoutCommand(fs: FileSystem, args: readonly string[]): Promise<CommandOutput> {
  let parsed: { values: { out?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string', short: 'o' } },
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError('give exactly one map file.');
  if (!values.out) return usageError('say where to write the laid-out map with --out <file>.');
  const [mapPath, out] = [positionals[0] as string, values.out];
  // The one guard of every command that writes: never over what it reads, nor over a map.
  const allowed = await checkOutput(fs, out, { inputs: [mapPath] });
  if (!allowed.ok) return { lines: [], errors: [allowed.message], exitCode: 1 };

  const loaded = await readMapFile(fs, mapPath);
  if (!loaded.ok) return { lines: [], errors: [loaded.message], exitCode: 1 };
  const started = performance.now();
  const map = await laidOutMap(loaded.map);
  const failed = await writeOutput(fs, out, serializeMap(map));
  if (failed) return failed;
  const shape = layoutShape(map.nodes.map((node) => ({ ...node.position, ...sizeOf(node, undefined) })));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const box = `${Math.round(shape.width).toLocaleString('en-US')} × ${Math.round(shape.height).toLocaleString('en-US')} px`;
  return {
    lines: [
      `✓ ${out}: ${map.nodes.length} nodes in ${box} (${shape.aspect.toFixed(2)}:1, cards fill ${Math.round(shape.fill * 100)} %), in ${seconds} s`,
    ],
    errors: [],
    exitCode: 0,
  };
}

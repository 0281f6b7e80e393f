/** The formats a map converts between: Argmap's own and the field's. */
export const MAP_FORMATS = ['argmap', 'argdown', 'aif', 'markdown', 'canvas'] as const;
export type MapFormat = (typeof MAP_FORMATS)[number];
/** The formats Argmap reads besides its own. */
export type ForeignFormat = Exclude<MapFormat, 'argmap'>;

export const FORMAT_INFO: Record<MapFormat, { label: string; extension: string; reads: string[] }> = {
  argmap: { label: 'Argmap map', extension: '.argmap.json', reads: ['argmap.json'] },
  argdown: { label: 'Argdown', extension: '.argdown', reads: ['argdown', 'ad'] },
  aif: { label: 'AIF (JSON)', extension: '.json', reads: ['json'] },
  markdown: { label: 'Markdown outline', extension: '.md', reads: ['md', 'markdown', 'txt'] },
  canvas: { label: 'JSON Canvas', extension: '.canvas', reads: ['canvas'] },
};

/** The format a file name says, where it is clear; a plain `.json` needs its content sniffed. */
export function formatOfName(name: string): MapFormat | 'json' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.argmap.json')) return 'argmap';
  if (lower.endsWith('.json')) return 'json';
  const extension = lower.slice(lower.lastIndexOf('.') + 1);
  for (const format of MAP_FORMATS) if (FORMAT_INFO[format].reads.includes(extension)) return format;
  return null;
}

/** A `.json` file's format from its content: AIF has `nodes` carrying `nodeID`; a map says "format": "argmap". */
export function sniffJson(value: unknown): 'aif' | 'argmap' | 'canvas' | null {
  if (value === null || typeof value !== 'object') return null;
  const record = value as { format?: unknown; nodes?: unknown };
  if (record.format === 'argmap') return 'argmap';
  if (!Array.isArray(record.nodes)) return null;
  const first = record.nodes.find((node) => node !== null && typeof node === 'object') as object | undefined;
  if (!first) return null;
  if ('nodeID' in first) return 'aif';
  return 'x' in first && 'type' in first ? 'canvas' : null;
}

/** The name a converted file gets: the map's file name with the format's extension. */
export function convertedName(name: string, format: MapFormat): string {
  const base = name.replace(/\.(argmap\.json|json|argdown|ad|md|markdown|txt|canvas)$/i, '') || 'map';
  return `${base}${FORMAT_INFO[format].extension}`;
}

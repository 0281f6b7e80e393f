import type { ExportRow } from './export';
import { formatBytes, formatCount, formatMs } from './measure';
import type { SectionResult } from './section';

const LABELS = {
  argmap: { svg: 'Argmap SVG', png: 'Argmap PNG 2×', pdf: 'Argmap PDF (fit)' },
  dom: { svg: 'DOM capture SVG (toSvg)', png: 'DOM capture PNG 2× (toPng)', pdf: '' },
} as const;

/** The goals of the issue that asked for this benchmark. */
const GOAL = { nodes: 1000, svgMs: 1000, domOverSvg: 20 };

const labelOf = (row: ExportRow) => LABELS[row.engine][row.format];
const find = (rows: ExportRow[], nodes: number, engine: ExportRow['engine'], format: ExportRow['format']) =>
  rows.find((row) => row.nodes === nodes && row.engine === engine && row.format === format);

function timeCell(row: ExportRow | undefined): string {
  if (!row) return '—';
  if (row.timing) return formatMs(row.timing.medianMs);
  if (row.timedOutAfterS !== undefined) return `> ${row.timedOutAfterS} s`;
  if ('skipped' in row && row.skipped) return 'skipped';
  return 'failed';
}

function sizeCell(row: ExportRow): string {
  if (row.width === undefined || row.height === undefined) return '';
  const unit = row.format === 'png' ? ' px' : '';
  const pages =
    row.format === 'pdf' && 'pages' in row && row.pages
      ? `, ${row.pages} page${row.pages > 1 ? 's' : ''}`
      : '';
  return `${formatCount(row.width)} × ${formatCount(row.height)}${unit}${pages}`;
}

function noteCell(row: ExportRow): string {
  const notes: string[] = [];
  if ('refused' in row && row.refused) {
    const why = row.refused.split('. ')[0];
    notes.push(row.timing ? `2× refused (${why}); timed at ${row.scale}×` : `refused: ${row.refused}`);
  }
  if (row.engine === 'dom' && row.format === 'png' && row.width && 'cssWidth' in row && row.cssWidth) {
    const ratio = row.width / row.cssWidth;
    if (ratio < 1.99)
      notes.push(
        `html-to-image shrank the canvas to ${formatCount(row.width)} px wide (pixel ratio ${ratio.toFixed(2)}, not 2)`,
      );
  }
  if ('edgePaths' in row && row.edgePaths !== undefined)
    notes.push(`${formatCount(row.edgePaths)} edge paths in the file`);
  if ('skipped' in row && row.skipped) notes.push(row.skipped);
  if (row.timedOutAfterS !== undefined && row.timing)
    notes.push(`a later run took more than ${row.timedOutAfterS} s`);
  if (row.error) notes.push(row.error.length > 160 ? `${row.error.slice(0, 160)}…` : row.error);
  return notes.join('; ');
}

/** How many times longer the DOM capture took; a lower bound when it timed out. */
function ratio(dom: ExportRow | undefined, argmap: ExportRow | undefined): { text: string; value?: number } {
  const base = argmap?.timing?.medianMs;
  if (!dom || base === undefined) return { text: '—' };
  const format = (value: number) => (value >= 100 ? Math.round(value).toString() : value.toFixed(1));
  if (dom.timing) {
    const value = dom.timing.medianMs / base;
    return { text: `${format(value)}×`, value };
  }
  if (dom.timedOutAfterS !== undefined) {
    const value = (dom.timedOutAfterS * 1000) / base;
    return { text: `> ${format(value)}×`, value };
  }
  return { text: '—' };
}

/** The same ratio per pixel drawn: html-to-image's PNGs of wide maps are much smaller than Argmap's. */
function perPixel(dom: ExportRow | undefined, argmap: ExportRow | undefined): string {
  const pixels = (row: ExportRow | undefined) => (row?.width ?? 0) * (row?.height ?? 0);
  if (!dom?.timing || !argmap?.timing || !pixels(dom) || !pixels(argmap)) return '—';
  const value = dom.timing.medianMs / pixels(dom) / (argmap.timing.medianMs / pixels(argmap));
  return `${value.toFixed(1)}×`;
}

export function exportTables(rows: ExportRow[]): Pick<SectionResult, 'tables' | 'notes'> {
  const sizes = [...new Set(rows.map((row) => row.nodes))];
  const times = rows.map((row) => [
    formatCount(row.nodes),
    formatCount(row.edges),
    labelOf(row),
    row.timing ? String(row.timing.runs) : '',
    timeCell(row),
    row.timing ? formatMs(row.timing.minMs) : '',
    row.bytes !== undefined ? formatBytes(row.bytes) : '',
    sizeCell(row),
    noteCell(row),
  ]);
  const ratios = sizes.map((nodes) => {
    const domPng = find(rows, nodes, 'dom', 'png');
    const argmapSvg = find(rows, nodes, 'argmap', 'svg');
    const argmapPng = find(rows, nodes, 'argmap', 'png');
    return [
      formatCount(nodes),
      timeCell(argmapSvg),
      timeCell(argmapPng),
      timeCell(domPng),
      ratio(domPng, argmapSvg).text,
      ratio(domPng, argmapPng).text,
      perPixel(domPng, argmapPng),
    ];
  });

  const notes: string[] = [];
  const goalSvg = find(rows, GOAL.nodes, 'argmap', 'svg');
  if (goalSvg?.timing) {
    const met = goalSvg.timing.medianMs < GOAL.svgMs;
    notes.push(
      `Goal: an SVG of 1,000 nodes in under 1 s — ${formatMs(goalSvg.timing.medianMs)}: ${met ? 'met' : 'NOT met'}.`,
    );
  }
  const goalRatio = ratio(find(rows, GOAL.nodes, 'dom', 'png'), goalSvg);
  if (goalRatio.value !== undefined) {
    const met = goalRatio.value >= GOAL.domOverSvg;
    notes.push(
      `Goal: at least 20× faster than the DOM capture — its PNG took ${goalRatio.text} as long as Argmap's SVG of 1,000 nodes: ${met ? 'met' : 'NOT met'}.`,
    );
  }
  for (const nodes of sizes) {
    const openMs = rows.find((row) => row.nodes === nodes && row.openMs !== undefined)?.openMs;
    if (openMs !== undefined)
      notes.push(
        `The app showed the ${formatCount(nodes)}-node map in ${formatMs(openMs)} (File → Open until every node and edge was on the canvas, with ?render=all so that off-screen nodes are in the page for the capture; not part of the capture times).`,
      );
  }
  notes.push(
    'Argmap times are exportMap() calls in this Node process (fonts loaded once beforehand; default options: light theme, 24 px padding, map embedded). DOM capture times are html-to-image calls inside the page, on the app’s canvas with every node rendered, the image as large as the nodes’ bounds plus 24 px at zoom 1.',
    'html-to-image 1.11.13 draws none of the links: it copies React Flow’s edge paths into its SVG without the stylesheet that strokes them (seen in its PNG and SVG of the 100-node map when this bench was written; TOOLCHAIN.md says 1.11.11 keeps them). Its times are for an image without edges.',
    'html-to-image shrinks any canvas past 16,384 px a side, so its PNGs of wide maps hold far fewer pixels than Argmap’s: compare the Size column before the PNG times.',
  );
  return {
    tables: [
      {
        title: 'Export times (median of the runs shown)',
        header: ['Nodes', 'Edges', 'Export', 'Runs', 'Median', 'Min', 'Output', 'Size', 'Notes'],
        numeric: [0, 1, 3, 4, 5, 6],
        rows: times,
      },
      {
        title: 'DOM capture against Argmap (medians)',
        header: [
          'Nodes',
          'Argmap SVG',
          'Argmap PNG 2×',
          'DOM capture PNG 2×',
          'DOM PNG ÷ Argmap SVG',
          'DOM PNG ÷ Argmap PNG',
          'the same, per pixel',
        ],
        numeric: [0, 1, 2, 3, 4, 5, 6],
        rows: ratios,
      },
    ],
    notes,
  };
}

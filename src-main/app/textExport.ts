import { exportText } from '../../src-shared/formats/convert';
import { FORMAT_INFO } from '../../src-shared/formats/formats';
import type { TextExportFormat, TextExportPreview } from '../../src-shared/ipc/contract';
import { loadMapFromText } from '../../src-shared/load/loadMap';
import type { ArgMap } from '../../src-shared/model/map';

const HEAD_LINES = 40;
const HEAD_CHARS = 4000;

/** What other tools do not get from each format; Argmap itself reads Argdown and AIF back whole. */
export const FORMAT_LIMITS: Record<TextExportFormat, string> = {
  argdown:
    'Argmap reads it back whole. Other Argdown tools ignore kinds, speakers, positions, anchors, notes and the tour, which ride along as statement data and front matter.',
  aif: 'Argmap reads it back whole. AIF tools see statements, supports (RA) and opposes (CA), and quotes as locutions of participants; kinds, roles, layout, anchors and the tour ride along in fields they ignore.',
  markdown:
    'An outline to read: positions, sizes, anchors, notes, tags and the tour are not written. Reading it back gives the texts, kinds, links and speakers.',
  canvas:
    'Cards keep their positions, sizes and kind colours; anchors, notes, tags, the tour and the source are not written.',
};

export type TextExport = { ok: true; map: ArgMap; text: string } | { ok: false; message: string };

/** The map the window sent, written in the format; refused when the map is not valid. */
export function textExportOf(mapText: string, format: TextExportFormat): TextExport {
  const loaded = loadMapFromText(mapText);
  if (!loaded.ok) return { ok: false, message: `The map is not valid: ${loaded.errors[0]?.message}` };
  return { ok: true, map: loaded.value, text: exportText(loaded.value, format) };
}

const LINE_CHARS = 240;

/** The first lines of the file, long lines cut, and Argdown's front matter (the whole source text) folded. */
function headOf(text: string): string {
  const folded = text.replace(/^===\n[\s\S]*?\n===\n/, '=== front matter: title, source text, tour ===\n');
  return folded
    .split('\n')
    .slice(0, HEAD_LINES)
    .map((line) => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS)}…` : line))
    .join('\n')
    .slice(0, HEAD_CHARS);
}

/** The start of the file, its size and what it holds, and what the format leaves out. */
export function previewTextExport(mapText: string, format: TextExportFormat): TextExportPreview {
  const made = textExportOf(mapText, format);
  if (!made.ok) return { status: 'failed', message: made.message };
  const bytes = new TextEncoder().encode(made.text).length;
  const size = bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
  const { nodes, edges } = made.map;
  return {
    status: 'ready',
    head: headOf(made.text),
    summary: `${FORMAT_INFO[format].label} · ${size} · ${nodes.length} statements, ${edges.length} links`,
    limits: FORMAT_LIMITS[format],
  };
}

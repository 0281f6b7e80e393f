import { isPng, textOf } from './pngChunks';
import { EMBEDDED_MAP_ID } from './renderSvg';

/** The keyword of the PNG text chunk that carries an embedded map. */
export const PNG_MAP_KEYWORD = 'argmap';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return XML_ENTITIES[name] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export type EmbeddedMap =
  | { found: true; text: string }
  /** `why` completes "… carries no map: …". */
  | { found: false; why: string };

/**
 * The map JSON an exported PNG or SVG carries, as Argmap wrote it ("embed the map" in the export
 * dialog). The text is untrusted like any file: the caller loads it through the map loader.
 */
export function embeddedMap(bytes: Uint8Array): EmbeddedMap {
  if (isPng(bytes)) {
    const text = textOf(bytes, PNG_MAP_KEYWORD);
    return text === null
      ? { found: false, why: 'it was exported without “Embed the map”' }
      : { found: true, text };
  }
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  if (!/<svg[\s>]/.test(head)) return { found: false, why: 'it is neither a PNG nor an SVG image' };
  const svg = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const match = new RegExp(`<metadata[^>]*\\bid="${EMBEDDED_MAP_ID}"[^>]*>([\\s\\S]*?)</metadata>`).exec(svg);
  return match?.[1] === undefined
    ? { found: false, why: 'it was exported without “Embed the map”' }
    : { found: true, text: unescapeXml(match[1]) };
}

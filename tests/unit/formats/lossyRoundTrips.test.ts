import fc from 'fast-check';
import { writeCanvas } from '../../../src-shared/formats/canvasWrite';
import { importText } from '../../../src-shared/formats/convert';
import { writeMarkdown } from '../../../src-shared/formats/markdownWrite';
import type { ArgMap } from '../../../src-shared/model/map';
import { arbitraryMap } from '../../support/arbitraryMap';

/**
 * Markdown outlines and JSON Canvas do not carry everything (see the README's table), but what they do
 * carry must come back: every node's kind and text, every link, every quote's speaker, with runs of
 * whitespace read as one space (an outline item is one line). Texts are made distinct, since nodes are
 * matched by them, and hold no NUL, which CommonMark reads as U+FFFD. A speaker holds no comma: both
 * formats write "— Speaker, role", and the first comma ends the speaker.
 */
function prepared(map: ArgMap): ArgMap {
  const noNul = (text: string) => text.replaceAll('\u0000', '');
  return {
    ...map,
    nodes: map.nodes.map((node, i) => ({
      ...node,
      text: `n${i} ${noNul(node.text)}`,
      ...(node.quote && {
        quote: {
          ...node.quote,
          speaker: noNul(node.quote.speaker).replaceAll(',', ' '),
          ...(node.quote.role !== undefined && { role: noNul(node.quote.role) }),
        },
      }),
    })),
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Kinds, texts, speakers and links, by text: what both formats promise to carry. */
function carried(map: ArgMap) {
  const text = new Map(map.nodes.map((node) => [node.id, oneLine(node.text)]));
  return {
    nodes: map.nodes
      .map((node) => `${node.kind} | ${oneLine(node.text)} | ${oneLine(node.quote?.speaker ?? '')}`)
      .sort(),
    links: map.edges.map((edge) => `${text.get(edge.from)} ${edge.relation} ${text.get(edge.to)}`).sort(),
  };
}

async function back(text: string, format: 'markdown' | 'canvas'): Promise<ArgMap> {
  const result = await importText(text, format, 'Back');
  if (!result.ok) throw new Error(`${result.problems.join('\n')}\n\n${text}`);
  return result.value.map;
}

describe.each([
  ['Markdown outline', 'markdown', writeMarkdown],
  ['JSON Canvas', 'canvas', writeCanvas],
] as const)('%s', (_, format, write) => {
  test('any map comes back with its kinds, texts, links and speakers', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryMap({ minNodes: 1 }), async (generated) => {
        const map = prepared(generated);
        expect(carried(await back(write(map), format))).toEqual(carried(map));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

import { parseArgs } from 'node:util';
import { evaluateMap, VERDICTS } from '../../src-shared/assess/evaluate';
import { openQuestionsReport } from '../../src-shared/assess/openQuestionsReport';
import { whatWouldChangeVerdict } from '../../src-shared/assess/whatIf';
import { quoteText } from '../../src-shared/compare/describeComparison';
import type { ArgMap } from '../../src-shared/model/map';
import type { FileSystem } from '../files/fileSystem';
import { readMapFile } from '../files/readMapFile';
import type { CommandOutput } from './exportCommand';

export const EVALUATE_USAGE = `argmap evaluate <map> [--json]

  Weighs a map's argument as Assess mode does: each node's grounded label (in, out, undec) and its
  DF-QuAD strength, the thesis's verdict, cycles of links, open critical questions, and what would
  change the verdict. --json prints { nodes: { id: { label, strength } }, thesis, cycles }.`;

const usageError = (message: string): CommandOutput => ({
  lines: [],
  errors: [`argmap evaluate: ${message}`, '', EVALUATE_USAGE],
  exitCode: 2,
});

/** `argmap evaluate`: the same computation as the app's Assess mode, printed. */
export async function evaluateCommand(fs: FileSystem, args: readonly string[]): Promise<CommandOutput> {
  let parsed: { values: { json?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, allowPositionals: true });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length !== 1) return usageError('give exactly one map file.');
  const read = await readMapFile(fs, parsed.positionals[0] as string);
  if (!read.ok) return { lines: [], errors: [read.message], exitCode: 1 };
  const evaluation = evaluateMap(read.map);
  if (parsed.values.json) {
    const { nodes, thesis, cycles } = evaluation;
    return { lines: [JSON.stringify({ nodes, thesis, cycles }, null, 2)], errors: [], exitCode: 0 };
  }
  return { lines: describeEvaluation(read.map, evaluation), errors: [], exitCode: 0 };
}

const strengthText = (strength: number | null) => (strength === null ? '  –  ' : strength.toFixed(3));

function describeEvaluation(map: ArgMap, evaluation: ReturnType<typeof evaluateMap>): string[] {
  const rows = map.nodes.flatMap((node) => {
    const standing = evaluation.nodes[node.id];
    if (!standing) return [];
    return [
      `${standing.label.padEnd(6)} ${strengthText(standing.strength)}  ${node.kind.padEnd(12)} ${quoteText(node.text, 70)}`,
    ];
  });
  const { thesis, cycles, converged } = evaluation;
  const verdict = thesis
    ? `Verdict: ${VERDICTS[thesis.label]} (grounded: ${thesis.label}), strength ${strengthText(thesis.strength)}`
    : 'Verdict: none (the map has no thesis)';
  const open = openQuestionsReport(map);
  const unanswered = open.reduce((sum, entry) => sum + entry.questions.length, 0);
  const changes = whatWouldChangeVerdict(map, 3);
  const text = (id: string) => quoteText(map.nodes.find((node) => node.id === id)?.text ?? '', 50);
  return [
    'label  strength  kind         text',
    ...rows,
    '',
    verdict,
    cycles.length === 0
      ? 'Cycles: none'
      : `Cycles: ${cycles.length} (${converged ? 'their strengths settled' : 'some never settle: their nodes have no strength'})`,
    ...(changes.length > 0 ? ['What would change the verdict:'] : []),
    ...changes.map(
      (change) =>
        `  ${change.changes.map((c) => `${c.status === 'rejected' ? 'reject' : 'accept'} ${text(c.id)}`).join(' and ')} → ${change.thesis.label === thesis?.label ? '' : `${VERDICTS[change.thesis.label]}, `}strength ${strengthText(change.thesis.strength)}`,
    ),
    // The Open Questions report, as the Assess panel lists it: each node with the questions it leaves open.
    `Open questions: ${unanswered} unanswered critical questions on ${open.length} node${open.length === 1 ? '' : 's'}`,
    ...open.map(
      ({ node, scheme, questions }) =>
        `  ${quoteText(node.text, 50)}${node.quote?.speaker ? ` — ${node.quote.speaker}` : ''} (${scheme}): ${questions.map((q) => q.label).join(' · ')}`,
    ),
  ];
}

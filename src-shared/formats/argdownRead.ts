import {
  ArgdownApplication,
  DataPlugin,
  type IArgument,
  type IEquivalenceClass,
  type IRelation,
  type IStatement,
  ModelPlugin,
  ParserPlugin,
  RangeType,
  type RelationMember,
} from '@argdown/core';
import type { Relation } from '../model/map';
import { oneLine } from '../text/oneLine';
import { readArgmapData, readFrontMatter } from './argdownData';
import type { DraftEdge, DraftNode, MapDraft } from './draft';

/** Why Argdown text could not be read: the parser's messages, each with its line and column. */
export type ArgdownResult = { ok: true; draft: MapDraft } | { ok: false; problems: string[] };

interface Parsed {
  statements?: Record<string, IEquivalenceClass>;
  arguments?: Record<string, IArgument>;
  relations?: IRelation[];
  sections?: unknown[];
  frontMatter?: unknown;
  lexerErrors?: Array<{ message: string; line?: number; column?: number }>;
  parserErrors?: Array<{ message: string; token?: { startLine?: number; startColumn?: number } }>;
  exceptions?: Error[];
}

function parse(input: string): Parsed {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  return app.run({ process: ['parse-input', 'build-model'], input, logLevel: 'none' }) as Parsed;
}

const MAX_PROBLEMS = 20;

/** The problems the reference parser found, or none. */
function problemsOf(parsed: Parsed): string[] {
  const at = (line?: number, column?: number) =>
    line === undefined || Number.isNaN(line) ? '' : `line ${line}, column ${column ?? 1}: `;
  const syntax = [
    ...(parsed.lexerErrors ?? []).map((e) => `${at(e.line, e.column)}${e.message}`),
    ...(parsed.parserErrors ?? []).map((e) => `${at(e.token?.startLine, e.token?.startColumn)}${e.message}`),
  ];
  // After a syntax error the later plugins fail for want of a tree ("No "ast" field in response."):
  // those messages say nothing the syntax errors do not.
  const failures = syntax.length > 0 ? [] : (parsed.exceptions ?? []).map((e) => e.message);
  return [...syntax, ...failures].slice(0, MAX_PROBLEMS);
}

/** The statement's text without the tags written into it (tags become the node's tags). */
function textOf(statement: IStatement | undefined): string {
  if (!statement?.text) return '';
  let text = statement.text;
  const tags = (statement.ranges ?? []).filter((range) => range.type === RangeType.TAG);
  for (const range of [...tags].sort((a, b) => b.start - a.start))
    text = text.slice(0, range.start) + text.slice(range.stop + 1);
  return oneLine(text);
}

const RELATIONS: Record<string, { relation: Relation; note?: (from: string, to: string) => string }> = {
  support: { relation: 'supports' },
  entails: { relation: 'supports', note: (_, to) => `In Argdown this entailed "${to}".` },
  attack: { relation: 'opposes' },
  undercut: { relation: 'opposes', note: (_, to) => `In Argdown this undercut the inference to "${to}".` },
  contrary: { relation: 'opposes', note: (_, to) => `In Argdown this was contrary to "${to}".` },
  contradictory: { relation: 'opposes', note: (_, to) => `In Argdown this contradicted "${to}".` },
};

/**
 * Reads Argdown with `@argdown/core`, the reference parser. Statements become nodes; an argument with a
 * premise–conclusion structure becomes its premises supporting its conclusion (intermediate conclusions
 * included), and a relation to or from it lands on its main conclusion; an argument without one is a node
 * of its own. Kinds, quotes and layout come from Argmap's statement data where the file has it.
 */
export function readArgdown(input: string, fallbackTitle: string): ArgdownResult {
  const parsed = parse(input);
  const problems = problemsOf(parsed);
  if (problems.length > 0) return { ok: false, problems };

  const front = readFrontMatter(parsed.frontMatter);
  const draft: MapDraft = {
    title: front.title ?? fallbackTitle,
    ...(front.source && { source: front.source }),
    nodes: [],
    edges: [],
    ...(front.tour && { tour: front.tour }),
    notCarried: [...front.notCarried],
  };
  const ignoredData = new Set<string>();
  for (const [title, statement] of Object.entries(parsed.statements ?? {})) {
    const member = [...statement.members].reverse().find((m) => m.text?.trim());
    const read = readArgmapData(statement.data, ignoredData);
    const node: DraftNode = { key: title, text: textOf(member), ...read };
    if (!read.tags && statement.tags && statement.tags.length > 0) node.tags = statement.tags;
    draft.nodes.push(node);
  }

  const conclusionOf = new Map<string, string>();
  for (const [title, argument] of Object.entries(parsed.arguments ?? {})) {
    const pcs = argument.pcs ?? [];
    const main = pcs.find((s) => s.role === 'main-conclusion');
    if (main?.title) {
      conclusionOf.set(title, main.title);
      let pending: string[] = [];
      for (const step of pcs) {
        if (!step.title) continue;
        if (step.role === 'premise') pending.push(step.title);
        else {
          for (const premise of pending)
            draft.edges.push({ from: premise, to: step.title, relation: 'supports' });
          pending = [step.title];
        }
      }
      continue;
    }
    const description = [...argument.members].reverse().find((m) => m.text);
    draft.nodes.push({
      key: `<${title}>`,
      text: textOf(description) || title,
      ...readArgmapData(argument.data, ignoredData),
    });
  }

  const endOf = (member: RelationMember | undefined): string | null => {
    if (!member?.title && member?.type !== 'inference') return null;
    if (member.type === 'equivalence-class') return member.title as string;
    const argument = member.type === 'inference' ? member.argumentTitle : member.title;
    if (!argument) return null;
    return conclusionOf.get(argument) ?? `<${argument}>`;
  };
  const unknown = new Set<string>();
  for (const relation of parsed.relations ?? []) {
    const kind = RELATIONS[relation.relationType];
    const from = endOf(relation.from);
    const to = endOf(relation.to);
    if (!kind) unknown.add(relation.relationType);
    if (!kind || !from || !to) continue;
    const edge: DraftEdge = { from, to, relation: kind.relation };
    const note = kind.note?.(from, to.replace(/^<|>$/g, ''));
    if (note) edge.note = note;
    draft.edges.push(edge);
  }
  if (unknown.size > 0)
    draft.notCarried.push(`Relations of these types were left out: ${[...unknown].join(', ')}.`);
  if ((parsed.sections ?? []).length > 0)
    draft.notCarried.push('Headings (Argdown sections) are not carried over; their statements are.');
  if (ignoredData.size > 0)
    draft.notCarried.push(
      `Statement data Argmap does not use was left out: ${[...ignoredData].slice(0, 8).join(', ')}.`,
    );
  return { ok: true, draft };
}

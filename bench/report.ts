import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { Section, SectionResult, Table } from './section';

export interface SectionReport extends SectionResult {
  id: string;
  title: string;
  durationS: number;
  error?: string;
}

export interface Results {
  date: string;
  quick: boolean;
  node: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    os: string;
    /** Other work on the machine skews every time: 1, 5 and 15 minute load averages. */
    loadAverageAtStart: number[];
    loadAverageAtEnd?: number[];
  };
  durationS: number;
  warnings: string[];
  sections: SectionReport[];
}

export function machine(): Results['machine'] {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    os: `${platform()} ${release()}`,
    loadAverageAtStart: loadAverage(),
  };
}

export const loadAverage = (): number[] => loadavg().map((load) => Math.round(load * 100) / 100);

export function failedSection(section: Section, error: unknown, durationS: number): SectionReport {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { id: section.id, title: section.title, durationS, error: message, rows: [], tables: [], notes: [] };
}

function markdownTable(table: Table): string {
  const numeric = new Set(table.numeric ?? []);
  const escapeCell = (cell: string) => cell.replaceAll('|', '\\|');
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [
    `**${table.title}**`,
    '',
    line(table.header),
    `|${table.header.map((_, i) => (numeric.has(i) ? ' ---: ' : ' --- ')).join('|')}|`,
    ...table.rows.map(line),
  ].join('\n');
}

/** results.md: the tables people read, with what they need to judge them. */
export function markdown(results: Results): string {
  const { machine: m } = results;
  const head = [
    `# Argmap benchmark${results.quick ? ' (quick)' : ''}`,
    '',
    `${results.date} · Node ${results.node} · ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB · ${m.os} · load average ${m.loadAverageAtStart.join(' / ')} at start, ${m.loadAverageAtEnd?.join(' / ') ?? '?'} at end · ${Math.round(results.durationS)} s in all`,
    ...results.warnings.map((warning) => `\n> ${warning}`),
  ];
  const sections = results.sections.map((section) =>
    [
      `## ${section.title}`,
      '',
      ...(section.error ? ['```', section.error, '```'] : []),
      ...section.tables.flatMap((table) => [markdownTable(table), '']),
      ...section.notes.map((note) => `- ${note}`),
      ...(section.meta
        ? [
            '',
            `<sub>${Object.entries(section.meta)
              .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
              .join(' · ')}</sub>`,
          ]
        : []),
    ].join('\n'),
  );
  return `${[...head, '', ...sections].join('\n')}\n`;
}

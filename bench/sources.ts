import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { importArticle } from '../src-main/import/importArticle';
import { findQuotes } from '../src-shared/source/quotes/findQuotes';
import { type Goal, goalNote, verdict } from './goals';
import { formatMs, type Timing, timingOf } from './measure';
import type { BenchContext, Section, SectionResult } from './section';

const PDF_GOAL: Goal = { text: '< 10 s', limit: 10_000, format: formatMs };
const QUOTES_GOAL: Goal = { text: '< 1 s', limit: 1_000, format: formatMs };

/** A 300-page report with a running header and page numbers, as a long import would be. */
async function generatePdf(pages: number, paragraphs: readonly string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let next = 0;
  for (let number = 1; number <= pages; number++) {
    const page = pdf.addPage([595, 842]);
    page.drawText('Annual transport review', { x: 220, y: 800, size: 9, font });
    page.drawText(String(number), { x: 290, y: 30, size: 9, font });
    let y = 760;
    while (y > 80) {
      const words = (paragraphs[next++ % paragraphs.length] as string)
        .replace(/[^\x20-\x7e]/g, ' ')
        .split(' ');
      let line = '';
      for (const word of words) {
        if (font.widthOfTextAtSize(`${line} ${word}`, 11) > 480) {
          page.drawText(line, { x: 56, y, size: 11, font });
          y -= 15;
          line = word;
          if (y <= 80) break;
        } else line = line ? `${line} ${word}` : word;
      }
      if (y > 80 && line) page.drawText(line, { x: 56, y, size: 11, font });
      y -= 26;
    }
  }
  return pdf.save();
}

async function timed(runs: number, work: () => Promise<unknown> | unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return timingOf(samples);
}

/** Bringing sources in: a long PDF's import, and the quote finder over a megabyte of text. */
export const sourcesSection: Section = {
  id: 'sources',
  title: 'Sources',
  async run(context: BenchContext): Promise<SectionResult> {
    const article: string = JSON.parse(readFileSync('maps/article.argmap.json', 'utf8')).source.text;
    const paragraphs = article.split('\n\n').filter((paragraph) => paragraph.length > 80);
    const pages = 300;
    context.log(`sources: generating a ${pages}-page PDF`);
    const pdf = await generatePdf(pages, paragraphs);
    context.log('sources: importing it');
    let characters = 0;
    const pdfImport = await timed(context.quick ? 1 : 3, async () => {
      const result = await importArticle(pdf, 'review.pdf');
      if (!result.ok) throw new Error(result.message);
      characters = result.article.text.length;
    });
    const megabyte = article.repeat(Math.ceil(1_000_000 / article.length)).slice(0, 1_000_000);
    context.log('sources: the quote finder over 1 MB');
    let quotes = 0;
    const finder = await timed(context.quick ? 3 : 7, () => {
      quotes = findQuotes(megabyte).length;
    });
    const rows = [
      {
        what: `import a ${pages}-page PDF (${(pdf.length / 1024 / 1024).toFixed(1)} MB, ${characters} characters)`,
        timing: pdfImport,
        goal: PDF_GOAL,
      },
      { what: `find quotes in 1 MB of text (${quotes} found)`, timing: finder, goal: QUOTES_GOAL },
    ];
    return {
      rows: rows.map(({ what, timing }) => ({ what, ...timing })),
      tables: [
        {
          title: 'Sources',
          header: ['', 'median', 'goal', 'verdict'],
          numeric: [1],
          rows: rows.map(({ what, timing, goal }) => [
            what,
            formatMs(timing.medianMs),
            goal.text,
            verdict(goal, timing.medianMs),
          ]),
        },
      ],
      notes: [
        goalNote(`import a ${pages}-page PDF in under 10 s`, PDF_GOAL, pdfImport.medianMs),
        goalNote('find the quotes in 1 MB of text in under 1 s', QUOTES_GOAL, finder.medianMs),
        'The source pane with a 1 MB source is not measured yet.',
      ],
    };
  },
};

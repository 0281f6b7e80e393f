import JSZip from 'jszip';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { type Article, clean, ImportProblem, joinBlocks, withTitle } from './article';
import { blocksOf } from './htmlText';
import { checkZip } from './zipCheck';

/** A Word document: mammoth turns it into HTML, read like a web page's body; core properties give the metadata. */
export async function fromDocx(bytes: Uint8Array): Promise<Article> {
  checkZip(bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportProblem('the Word document is damaged (its zip archive cannot be read).');
  }
  if (!zip.file('word/document.xml')) {
    throw new ImportProblem('it is not a Word document (it has no word/document.xml).');
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new ImportProblem(
      `the Word document could not be read (${error instanceof Error ? error.message : error}).`,
    );
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = blocksOf(document.body as unknown as Parameters<typeof blocksOf>[0]);
  const core = await coreProperties(zip);
  const title = core.title ?? clean(document.querySelector('h1')?.textContent);
  return { text: joinBlocks(withTitle(title, blocks)), meta: { ...core, title } };
}

async function coreProperties(zip: JSZip) {
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (!xml) return {};
  const { document } = parseHTML(xml.replace(/<\?xml[^>]*\?>/, ''));
  const text = (tag: string) => clean(document.getElementsByTagName(tag)[0]?.textContent);
  const creator = text('dc:creator');
  return {
    title: text('dc:title'),
    authors: creator ? creator.split(/\s*;\s*/).filter(Boolean) : undefined,
  };
}

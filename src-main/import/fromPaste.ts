import { parseHTML } from 'linkedom';
import { ImportProblem, type ImportResult, joinBlocks } from './article';
import { fromHtml } from './fromHtml';
import { fromText } from './fromText';
import { blocksOf } from './htmlText';

/**
 * Text or HTML pasted from the clipboard (Edit → Paste as New Map). HTML copied from a browser goes
 * through the web page's cleaner; a snippet too short to be taken for an article keeps all its text.
 */
export function fromPaste(pasted: { html?: string; text: string }): ImportResult {
  try {
    const article = pasted.html?.trim()
      ? fromPastedHtml(pasted.html)
      : fromText(new TextEncoder().encode(pasted.text));
    if (!article.text.trim()) return { ok: false, message: 'The clipboard holds no text to make a map of.' };
    return { ok: true, article };
  } catch (error) {
    const why = error instanceof ImportProblem ? error.message : String(error);
    return { ok: false, message: `Could not make a map of what was pasted: ${why}` };
  }
}

function fromPastedHtml(html: string) {
  try {
    return fromHtml(html);
  } catch {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    return {
      text: joinBlocks(blocksOf(document.body as unknown as Parameters<typeof blocksOf>[0])),
      meta: {},
    };
  }
}

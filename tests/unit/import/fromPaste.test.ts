import { fromPaste } from '../../../src-main/import/fromPaste';

describe('Paste as New Map', () => {
  it('cleans HTML copied from a browser and keeps a short snippet whole', () => {
    const html =
      '<meta charset="utf-8"><h2>Traders</h2><p>Shops <b>fear</b> the loss of <a href="/p">parking</a>.</p><p>The council disagrees.</p>';
    expect(fromPaste({ html, text: 'ignored' })).toEqual({
      ok: true,
      article: { text: 'Traders\n\nShops fear the loss of parking.\n\nThe council disagrees.', meta: {} },
    });
  });

  it('takes plain text as it is, with CRLF line endings made plain', () => {
    const result = fromPaste({ text: 'Bus lanes\r\n\r\nThe council voted.' });
    expect(result).toEqual({
      ok: true,
      article: { text: 'Bus lanes\n\nThe council voted.', meta: { title: 'Bus lanes' } },
    });
  });

  it('says so when the clipboard holds no text', () => {
    expect(fromPaste({ text: '  ' })).toEqual({
      ok: false,
      message: 'The clipboard holds no text to make a map of.',
    });
  });
});

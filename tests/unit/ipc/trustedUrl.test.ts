import { APP_ENTRY_URL } from '../../../src-main/app/appProtocol';
import { trustedUrlMatcher } from '../../../src-main/ipc/handle';

describe('the pages the IPC guard trusts', () => {
  const ours = trustedUrlMatcher(APP_ENTRY_URL);

  test.each([
    'app://argmap/index.html',
    'app://argmap/index.html#presenter',
    'app://argmap/index.html?x=1',
    'app://argmap/',
  ])('trusts our own page at %s', (url) => {
    expect(ours(url)).toBe(true);
  });

  // Every custom-scheme URL has the opaque origin "null" in WHATWG URL: none of these may pass as ours.
  test.each([
    'app://evil/index.html',
    'app://argmap.evil/index.html',
    'app://argmap:8080/index.html',
    'app://user:pw@argmap/index.html',
    'app://user@argmap/index.html',
    'evil://argmap/index.html',
    'other://x/',
    'file:///opt/argmap/out/renderer/index.html',
    'data:text/html,<script>1</script>',
    'blob:app://argmap/5f0c',
    'about:blank',
    'https://argmap/index.html',
    'http://localhost:5173/',
    'javascript:1',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(ours(url)).toBe(false);
  });

  test('trusts the dev server by its exact origin, and nothing with an opaque origin', () => {
    const dev = trustedUrlMatcher('http://localhost:5173/');
    expect(dev('http://localhost:5173/index.html#presenter')).toBe(true);
    for (const url of [
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://user@localhost:5173/',
      'app://argmap/index.html',
      'data:text/html,x',
    ])
      expect(dev(url)).toBe(false);
  });
});

import fc from 'fast-check';
import { isOpenableExternally } from '../../../src-main/app/externalLinks';

describe('links opened outside the app', () => {
  test.each([
    'https://example.com/',
    'https://example.com/path?q=1#part',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/',
    'https://xn--bcher-kva.example/',
    'https://192.0.2.1:8443/x',
    'mailto:ada@example.com',
    'mailto:ada@example.com?subject=Argument%20map',
  ])('opens %s', (url) => {
    expect(isOpenableExternally(url)).toBe(true);
  });

  test.each([
    // Schemes that reach the file system, run code or start other programs.
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://example.com/0b4c',
    'vbscript:msgbox(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'ftp://example.com/x',
    'ssh://example.com',
    'app://argmap/index.html',
    'chrome://settings',
    'about:blank',
    'tel:+15551234',
    // Credentials in the link, no host, nothing to mail.
    'https://user:secret@example.com/',
    'https://user@example.com/',
    'https://:secret@example.com/',
    'http://',
    'https:',
    'mailto:',
    'mailto:?subject=x',
    // Not URLs at all.
    '',
    'example.com',
    '//example.com/x',
    '/etc/passwd',
    'C:\\Windows\\System32\\calc.exe',
    'https://exa mple.com/',
    `https://example.com/${'x'.repeat(9000)}`,
  ])('refuses %s', (url) => {
    expect(isOpenableExternally(url)).toBe(false);
  });

  test('refuses everything that is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.com/']])
      expect(isOpenableExternally(value as unknown as string)).toBe(false);
  });

  test('never accepts another scheme, and never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc
            .tuple(fc.constantFrom('https://', 'http:', 'mailto:', 'file://', 'javascript:', ''), fc.string())
            .map(([scheme, rest]) => scheme + rest),
        ),
        (text) => {
          if (!isOpenableExternally(text)) return;
          const parsed = new URL(text);
          expect(['http:', 'https:', 'mailto:']).toContain(parsed.protocol);
          expect(parsed.username + parsed.password).toBe('');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A copy of what `npm run security` scans, with its allowlist, for the gate to run on. */
function copyOfProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'argmap-gate-'));
  for (const entry of ['src-main', 'src-renderer', 'src-shared', 'security', 'package.json'])
    cpSync(entry, join(root, entry), { recursive: true });
  return root;
}

function gate(root: string) {
  const run = spawnSync(process.execPath, ['scripts/electronegativity.mjs', '--root', root], {
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const ALLOWED_CALL = 'if (isOpenableExternally(url)) void shell.openExternal(new URL(url).href);';

describe('npm run security: the Electronegativity gate', () => {
  test('fails on two unguarded shell.openExternal calls planted in the allowlisted file', () => {
    const root = copyOfProject();
    const file = join(root, 'src-main/electron/security.ts');
    expect(readFileSync(file, 'utf8')).toContain(ALLOWED_CALL);
    // One new call that opens any URL it is given, and one that copies the reviewed line word for word.
    appendFileSync(
      file,
      [
        '',
        'export function openAnything(url: string): void {',
        '  void shell.openExternal(url);',
        '}',
        '',
        'export function openAgain(url: string): void {',
        `  ${ALLOWED_CALL}`,
        '}',
        '',
      ].join('\n'),
    );
    const run = gate(root);
    expect(run.status).toBe(1);
    // The reviewed call is still allowed: exactly the two planted ones are not.
    const planted = run.stderr.match(
      /finding not in the allowlist: OPEN_EXTERNAL_JS_CHECK at src-main\/electron\/security\.ts:\d+/g,
    );
    expect(planted).toHaveLength(2);
    expect(run.stderr).toContain('code: "void shell.openExternal(url);"');
    expect(run.stdout).toContain('2 not allowed');
  }, 180_000);

  test('fails on a reviewed call whose code changed, and reports its entry as stale', () => {
    const root = copyOfProject();
    const file = join(root, 'src-main/electron/security.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace(ALLOWED_CALL, 'void shell.openExternal(url);'));
    const run = gate(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('finding not in the allowlist: OPEN_EXTERNAL_JS_CHECK');
    expect(run.stderr).toContain(`allowlist entry matches nothing (remove it): OPEN_EXTERNAL_JS_CHECK`);
  }, 180_000);
});

#!/usr/bin/env node
// `npm run security`: Electronegativity over the app's sources, gated on a reviewed allowlist.
// Its CLI exits 0 whatever it finds, so this runs it through its documented programmatic API, reads the
// findings, and fails on any finding not in security/electronegativity-allowlist.json, on any allowlist
// entry that no longer matches a finding (the list stays honest), and on any file it could not parse.
// Each allowlist entry excuses one finding: its check, its file, and the code it was reviewed for (the
// source line Electronegativity quotes), so a second call in an allowlisted file is a new finding.
// `--root <folder>` scans another copy of the project (the gate's own test plants findings in one).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const rootAt = process.argv.indexOf('--root');
const root =
  rootAt === -1
    ? join(dirname(fileURLToPath(import.meta.url)), '..')
    : resolve(process.argv[rootAt + 1] ?? '.');
const allowlistPath = join(root, 'security', 'electronegativity-allowlist.json');
/** Main, preload and renderer, scanned in one run: its global checks (CSP, navigation) weigh them together. */
const SCANNED = ['src-main', 'src-renderer', 'src-shared', 'package.json'];
/** Checks that cannot work here, each with the reason; everything else runs. */
const SKIPPED_CHECKS = {
  AvailableSecurityFixesGlobalCheck:
    "downloads Electron's release list on every run; Electron's version is pinned in package.json and upgraded through npm",
};

const require = createRequire(import.meta.url);
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));

/**
 * Two redirections, for Electronegativity's modules only. Its TypeScript parser (typescript-estree 4)
 * is hoisted beside our TypeScript 7, which has no JavaScript API: it gets the TypeScript 4.2 that
 * Electronegativity ships. And its HTTP client (used to fetch translations and release lists) fails at
 * once, so the scan never touches the network and takes the same time everywhere.
 */
function isolateTool() {
  const typescript = require.resolve('typescript', { paths: [toolDir] });
  const offline = join(tmpdir(), 'argmap-electronegativity-offline.cjs');
  const original = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    const from = parent?.filename ?? '';
    if (request === 'typescript' && from.includes('@typescript-eslint')) return typescript;
    if (request === 'got' && from.startsWith(toolDir)) return offline;
    return original.call(this, request, parent, ...rest);
  };
  require.cache[offline] = Object.assign(new Module(offline), {
    loaded: true,
    exports: Object.assign(() => Promise.reject(new Error('offline')), {
      head: () => Promise.reject(new Error('offline')),
    }),
  });
}

/** The entries of the allowlist, or the reasons it is malformed. */
function readAllowlist() {
  const entries = JSON.parse(readFileSync(allowlistPath, 'utf8'));
  const problems = [];
  if (!Array.isArray(entries)) return { entries: [], problems: ['the allowlist must be a JSON array'] };
  entries.forEach((entry, index) => {
    const { check, file, code, reason } = entry ?? {};
    if ([check, file, code, reason].some((field) => typeof field !== 'string'))
      problems.push(`entry ${index}: needs "check", "file", "code" and "reason" strings`);
    else if (codeOf(code) === '') problems.push(`entry ${index} (${check}): "code" names the excused code`);
    else if (reason.trim().length < 30) problems.push(`entry ${index} (${check}): give a concrete reason`);
  });
  return { entries, problems };
}

/** The code a finding quotes, compared without its indentation or runs of spaces. */
function codeOf(sample) {
  return String(sample ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Pairs each finding with one unused entry of the same check, file and code: an entry excuses exactly
 * one finding, so the same call written twice needs two reviews.
 */
function matchFindings(findings, entries) {
  const used = new Set();
  const unexpected = [];
  for (const finding of findings) {
    const index = entries.findIndex(
      (entry, i) =>
        !used.has(i) &&
        entry?.check === finding.check &&
        entry?.file === finding.file &&
        codeOf(entry?.code) === finding.code,
    );
    if (index === -1) unexpected.push(finding);
    else used.add(index);
  }
  return { unexpected, stale: entries.filter((_, i) => !used.has(i)) };
}

/**
 * The page carries its Content Security Policy only once built (electron.config.ts writes it into the
 * `<meta>`) and served (app:// sends it as a header; a unit test keeps the two equal). The scanned copy
 * of the page gets that policy, so Electronegativity judges the real one instead of finding none.
 */
async function addServedPolicy(scratch) {
  const { tsImport } = await import('tsx/esm/api');
  const { RENDERER_CONTENT_SECURITY_POLICY: policy } = await tsImport(
    join(root, 'src-main/app/appProtocol.ts'),
    import.meta.url,
  );
  const page = join(scratch, 'src-renderer', 'index.html');
  const html = readFileSync(page, 'utf8');
  if (!html.includes('<head>') || typeof policy !== 'string')
    throw new Error('cannot place the policy in the page');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  writeFileSync(page, html.replace('<head>', `<head>\n    ${meta}`));
}

async function scan() {
  // A scratch copy, so one run sees exactly the app's sources (never node_modules, out/ or tests).
  const scratch = mkdtempSync(join(tmpdir(), 'argmap-electronegativity-'));
  for (const entry of SCANNED) cpSync(join(root, entry), join(scratch, entry), { recursive: true });
  await addServedPolicy(scratch);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const electron = manifest.devDependencies?.electron ?? manifest.dependencies?.electron ?? '';
  isolateTool();
  const run = require('@doyensec/electronegativity');
  const log = console.log;
  const chatter = [];
  console.log = (...args) => chatter.push(args.join(' '));
  try {
    const result = await run({
      input: scratch,
      isRelative: true,
      electronVersionOverride: electron.replace(/^[^\d]*/, '') || undefined,
      excludeFromScan: Object.keys(SKIPPED_CHECKS).map((name) => name.toLowerCase()),
    });
    const errors = result.errors.map((error) => ({ ...error, file: relative(scratch, error.file) }));
    return { ...result, errors, chatter };
  } finally {
    console.log = log;
    rmSync(scratch, { recursive: true, force: true });
  }
}

const started = performance.now();
const { entries, problems } = readAllowlist();
const result = await scan();
const findings = result.issues.map((issue) => ({
  check: issue.id,
  file: issue.file.replaceAll('\\', '/'),
  line: issue.location?.line ?? 0,
  description: issue.description,
  code: codeOf(issue.sample),
}));
const { unexpected, stale } = matchFindings(findings, entries);
const unparsed = result.errors.filter((error) => !error.tolerable);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

for (const problem of problems) console.error(`allowlist: ${problem}`);
for (const error of unparsed) console.error(`not scanned (parse error): ${error.file}: ${error.message}`);
for (const finding of unexpected) {
  const where = finding.file === 'N/A' ? 'the whole app' : `${finding.file}:${finding.line}`;
  console.error(`finding not in the allowlist: ${finding.check} at ${where}\n  ${finding.description}`);
  console.error(`  code: ${JSON.stringify(finding.code)}`);
}
for (const entry of stale)
  console.error(
    `allowlist entry matches nothing (remove it): ${entry?.check} in ${entry?.file}: ${JSON.stringify(entry?.code)}`,
  );

const failed = problems.length + unparsed.length + unexpected.length + stale.length > 0;
const checks = result.globalChecks + result.atomicChecks;
const skipped = Object.entries(SKIPPED_CHECKS).map(([name, why]) => `${name} (${why})`);
console.log(
  `electronegativity: ${checks} checks over ${SCANNED.join(', ')}: ${findings.length} findings, ` +
    `${findings.length - unexpected.length} allowed with a reason, ${unexpected.length} not allowed, ` +
    `${stale.length} stale allowlist entries; ${seconds} s. Skipped: ${skipped.join('; ')}.`,
);
if (failed) {
  if (result.chatter.length > 0) console.error(`Electronegativity said:\n  ${result.chatter.join('\n  ')}`);
  console.error(`Fix the code, or add a reviewed entry with its reason to ${allowlistPath}.`);
  process.exit(1);
}

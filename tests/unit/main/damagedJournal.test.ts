import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JournalStore } from '../../../src-main/app/journal';
import { recoverUnsaved } from '../../../src-main/app/recovery';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { serializeMap } from '../../../src-shared/model/serialize';
import { ScriptedDialogs } from '../../e2e/support/scriptedDialogs';
import { sampleMap } from '../../support/arbitraryMap';
import { tempDirPerTest } from './faultyFileSystem';

const folder = tempDirPerTest();
const KEY = '00000000-0000-4000-8000-0000000000d1';
const FILE = `${KEY}.journal.json`;
const good = {
  format: 'argmap-journal',
  version: 1,
  filePath: null,
  name: 'Seminar notes',
  savedAt: 1,
  text: serializeMap(sampleMap()),
};
const json = (value: unknown) => JSON.stringify(value);

/** Each way an entry can be damaged, and what the question must say about it. */
const DAMAGED: Array<[string, string | Uint8Array, RegExp]> = [
  ['cut short', json(good).slice(0, 200), /cut short or damaged/],
  ['empty', '', /it is empty/],
  ['from a newer Argmap', json({ ...good, version: 2 }), /newer version of Argmap \(journal version 2/],
  ['not text', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), /not valid UTF-8/],
  ['not a journal entry', json({ hello: 'world' }), /not an Argmap journal entry/],
  ['missing a field', json({ ...good, text: undefined }), /not a complete journal entry \(text: /],
  [
    'a map the loader refuses',
    json({ ...good, text: '{"format":"argmap","version":1}' }),
    /map in it does not open/,
  ],
  [
    'a map from a newer Argmap',
    json({ ...good, text: json({ ...JSON.parse(good.text), version: 99 }) }),
    /map in it does not open .*Update Argmap/,
  ],
];

async function journalHolding(content: string | Uint8Array) {
  const dir = join(folder(), 'journal');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, FILE), content);
  return new JournalStore(nodeFileSystem, dir);
}

describe('a damaged journal entry is offered as damaged, never passed over', () => {
  test.each(DAMAGED)('%s: named, and what is wrong said', async (_what, content, problem) => {
    const journal = await journalHolding(content);
    const dialogs = new ScriptedDialogs();
    dialogs.recoveryAnswers.push('show');
    const report = await recoverUnsaved({ journal, dialogs });
    expect(dialogs.asked).toHaveLength(1);
    expect(dialogs.asked[0]).toMatch(/^damaged:/);
    expect(dialogs.problems[0]).toMatch(new RegExp(`^${FILE.replace(/\./g, '\\.')}: `));
    expect(dialogs.problems[0]).toMatch(problem);
    // Show reveals the file and keeps it: it may still hold someone's work.
    expect(dialogs.shown).toEqual([journal.pathOf(KEY)]);
    expect(report).toEqual({ restored: [], discarded: 0, kept: [journal.pathOf(KEY)] });
    expect(await readdir(join(folder(), 'journal'))).toEqual([FILE]);
  });

  test('an entry readable enough to have a name is asked about by that name', async () => {
    const journal = await journalHolding(json({ ...good, text: '{}' }));
    const dialogs = new ScriptedDialogs();
    dialogs.recoveryAnswers.push('show');
    await recoverUnsaved({ journal, dialogs });
    expect(dialogs.asked).toEqual(['damaged:Seminar notes']);
  });

  test('Discard deletes it; Restore, which a damaged entry cannot do, shows it instead', async () => {
    const journal = await journalHolding('{"format":"argmap-jour');
    const dialogs = new ScriptedDialogs();
    dialogs.recoveryAnswers.push('restore', 'discard');
    expect(await recoverUnsaved({ journal, dialogs })).toMatchObject({
      restored: [],
      kept: [journal.pathOf(KEY)],
    });
    expect(await recoverUnsaved({ journal, dialogs })).toMatchObject({ discarded: 1, kept: [] });
    expect(await readdir(join(folder(), 'journal'))).toEqual([]);
  });

  test('a long name is shortened in the question, keeping its start and its end', async () => {
    const name = `${'Draft '.repeat(200_000)}final`;
    const journal = await journalHolding(json({ ...good, name, filePath: `/maps/${name}.argmap.json` }));
    const dialogs = new ScriptedDialogs();
    dialogs.recoveryAnswers.push('discard');
    const asked: string[] = [];
    await recoverUnsaved({
      journal,
      dialogs: {
        askRecovery: async (question) => {
          asked.push(question.name, question.filePath ?? '');
          return 'discard';
        },
        showFile: () => {},
      },
    });
    expect(asked[0]).toMatch(/^Draft Draft .*….* final$/);
    expect(asked[0]?.length).toBeLessThanOrEqual(80);
    expect(asked[1]).toMatch(/^\/maps\/Draft .*….*final\.argmap\.json$/);
    expect(asked[1]?.length).toBeLessThanOrEqual(200);
  });

  test('sound entries beside a damaged one are offered as before, the damaged one after them', async () => {
    const journal = await journalHolding('');
    await journal.write('00000000-0000-4000-8000-0000000000a1', {
      filePath: null,
      name: 'Sound',
      savedAt: 5,
      text: good.text,
    });
    const dialogs = new ScriptedDialogs();
    dialogs.recoveryAnswers.push('restore', 'show');
    const report = await recoverUnsaved({ journal, dialogs });
    expect(dialogs.asked).toEqual(['recover:Sound', `damaged:${FILE}`]);
    expect(report.restored.map((r) => r.document.name)).toEqual(['Sound']);
  });
});

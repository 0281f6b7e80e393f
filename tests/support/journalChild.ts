// A stand-in for the app while it is being killed: it makes edits on a virtual clock, keeps them in the
// crash-recovery journal by the app's own policy and store, and logs each step to stdout before the next,
// so whoever kills it knows what was done. Bundled and run by tests/unit/main/journalKill.test.ts.
import { writeSync } from 'node:fs';
import { JournalStore } from '../../src-main/app/journal';
import { nodeFileSystem } from '../../src-main/files/fileSystem';
import { journalDueAt, type PendingEdits, withEdit } from '../../src-shared/journal/journalPolicy';
import { serializeMap } from '../../src-shared/model/serialize';
import { sampleMap } from './arbitraryMap';

const [folder = '', key = '', seedText = '1'] = process.argv.slice(2);
let seed = Number(seedText);
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

const journal = new JournalStore(nodeFileSystem, folder);
const base = sampleMap();
const textAt = (edit: number) =>
  serializeMap({
    ...base,
    title: `edit ${edit}`,
    nodes: base.nodes.map((n) => ({ ...n, text: `${n.text} ${edit}` })),
  });
const log = (line: string) => writeSync(1, `${line}\n`);

async function run() {
  let now = 0;
  let edit = 0;
  let pending: PendingEdits | null = null;
  for (;;) {
    const next = now + 50 + Math.floor(random() * 750);
    if (pending && journalDueAt(pending) <= next) {
      now = journalDueAt(pending);
      await journal.write(key, { filePath: null, name: 'Draft', savedAt: now, text: textAt(edit) });
      log(`kept ${edit} ${now}`);
      pending = null;
    }
    now = next;
    edit++;
    pending = withEdit(pending, now);
    log(`edit ${edit} ${now}`);
    // A little real time per edit, so kills land between writes as well as during them.
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
void run();

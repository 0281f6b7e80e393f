import { mkdir, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sweepLeftovers } from '../../../src-main/app/launchSweep';
import { tempFileName } from '../../../src-main/files/atomicWrite';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import { nodeSweepFileSystem } from '../../../src-main/files/sweepTempFiles';
import { tempDirPerTest } from './faultyFileSystem';

const folder = tempDirPerTest();

async function leftover(dir: string, target: string) {
  const path = join(dir, tempFileName(target));
  await writeFile(path, 'half a map');
  const hourAgo = Date.now() / 1000 - 3600;
  await utimes(path, hourAgo, hourAgo);
  return path;
}

test('at launch, leftovers of interrupted saves go: beside known files, where their links point, and in the data folder', async () => {
  const maps = join(folder(), 'maps');
  const elsewhere = join(folder(), 'elsewhere');
  const data = join(folder(), 'data');
  await Promise.all(
    [maps, elsewhere, join(data, 'journal'), join(data, 'backups', 'abc')].map((d) =>
      mkdir(d, { recursive: true }),
    ),
  );
  await writeFile(join(maps, 'a.argmap.json'), '{}');
  await writeFile(join(elsewhere, 'real.argmap.json'), '{}');
  await symlink(join(elsewhere, 'real.argmap.json'), join(maps, 'link.argmap.json'));
  const removable = [
    await leftover(maps, 'a.argmap.json'),
    await leftover(elsewhere, 'real.argmap.json'),
    await leftover(join(data, 'journal'), 'x.journal.json'),
    await leftover(join(data, 'backups', 'abc'), '1.argmap.json'),
  ];
  // A save in progress right now (a fresh temporary file) is never touched.
  await writeFile(join(maps, tempFileName('a.argmap.json')), 'being written');

  const result = await sweepLeftovers(
    { fs: nodeFileSystem, sweepFs: nodeSweepFileSystem },
    [join(maps, 'a.argmap.json'), join(maps, 'link.argmap.json'), join(folder(), 'gone', 'x.argmap.json')],
    data,
  );
  expect(result.removed.sort()).toEqual(removable.sort());
  expect(result.failed).toEqual([]);
  expect((await readdir(maps)).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
});

import { settleMapPath } from '../../../src-main/app/settleMapPath';

function deps(existing: string[], replace: boolean) {
  const asked: string[] = [];
  return {
    asked,
    exists: async (path: string) => existing.includes(path),
    confirmReplace: async (path: string) => {
      asked.push(path);
      return replace;
    },
  };
}

describe('the file a Save dialog’s answer stands for', () => {
  test('an answer with the map extension is taken as it is (the dialog asked about replacing it)', async () => {
    const d = deps(['/maps/debate.argmap.json'], false);
    expect(await settleMapPath('/maps/debate.argmap.json', d)).toBe('/maps/debate.argmap.json');
    expect(d.asked).toEqual([]);
  });

  test('macOS’s “debate.json” becomes debate.argmap.json when no such map exists', async () => {
    const d = deps([], false);
    expect(await settleMapPath('/maps/debate.json', d)).toBe('/maps/debate.argmap.json');
    expect(d.asked).toEqual([]);
  });

  test('an existing debate.argmap.json is never replaced without asking', async () => {
    const keep = deps(['/maps/debate.argmap.json'], false);
    expect(await settleMapPath('/maps/debate.json', keep)).toBeNull();
    expect(keep.asked).toEqual(['/maps/debate.argmap.json']);
    const replace = deps(['/maps/debate.argmap.json'], true);
    expect(await settleMapPath('/maps/debate', replace)).toBe('/maps/debate.argmap.json');
  });
});

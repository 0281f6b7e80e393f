import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../src-main/files/fileSystem';
import {
  CASCADE_STEP,
  cascade,
  type Rect,
  restoreBounds,
  windowStateStore,
} from '../../../src-main/windows/windowBounds';
import { tempDirPerTest } from './faultyFileSystem';

// A laptop screen with a menu bar, and an external monitor to its right.
const laptop = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const monitor = { workArea: { x: 1440, y: 0, width: 2560, height: 1440 } };
const defaults = { width: 1280, height: 820 };

describe('restoreBounds', () => {
  it('keeps saved bounds that lie on a display', () => {
    const saved = { x: 100, y: 100, width: 1000, height: 700 };
    expect(restoreBounds(saved, [laptop, monitor], defaults)).toEqual(saved);
    const onMonitor = { x: 2000, y: 200, width: 1600, height: 1000 };
    expect(restoreBounds(onMonitor, [laptop, monitor], defaults)).toEqual(onMonitor);
  });

  it('centres the default size on the first display when the saved display is gone', () => {
    const onUnpluggedMonitor = { x: 2000, y: 200, width: 1600, height: 1000 };
    expect(restoreBounds(onUnpluggedMonitor, [laptop], defaults)).toEqual({
      x: 80,
      y: 53,
      width: 1280,
      height: 820,
    });
  });

  it('centres the default size when nothing was saved', () => {
    expect(restoreBounds(undefined, [monitor, laptop], defaults)).toEqual({
      x: 2080,
      y: 310,
      width: 1280,
      height: 820,
    });
  });

  it('treats a window that only grazes a display as lost', () => {
    // 20 px of it on the laptop's right edge: not enough to grab the title bar.
    const grazing = { x: 1420, y: 100, width: 800, height: 600 };
    expect(restoreBounds(grazing, [laptop], defaults)).toEqual({ x: 80, y: 53, width: 1280, height: 820 });
  });

  it('pulls a window that hangs off the edge back inside the display it mostly covers', () => {
    const hanging = { x: 1000, y: -200, width: 800, height: 600 };
    expect(restoreBounds(hanging, [laptop], defaults)).toEqual({ x: 640, y: 25, width: 800, height: 600 });
  });

  it('shrinks a window larger than the work area, and the default size too', () => {
    const huge = { x: 0, y: 25, width: 3000, height: 2000 };
    expect(restoreBounds(huge, [laptop], defaults)).toEqual(laptop.workArea);
    const small = { workArea: { x: 0, y: 0, width: 1024, height: 600 } };
    expect(restoreBounds(undefined, [small], defaults)).toEqual(small.workArea);
  });

  it('ignores saved bounds that are not a rectangle', () => {
    const centred = { x: 80, y: 53, width: 1280, height: 820 };
    for (const saved of [
      { x: Number.NaN, y: 0, width: 800, height: 600 },
      { x: 0, y: 0, width: 0, height: 600 },
      { x: 0, y: 0, width: 800, height: -1 },
      { x: 0, y: Number.POSITIVE_INFINITY, width: 800, height: 600 },
    ]) {
      expect(restoreBounds(saved, [laptop], defaults)).toEqual(centred);
    }
  });

  it('gives whole pixels', () => {
    const saved = { x: 100.4, y: 100.6, width: 1000.5, height: 700.2 };
    expect(restoreBounds(saved, [laptop], defaults)).toEqual({ x: 100, y: 101, width: 1001, height: 700 });
  });

  it('without any display, keeps what it has', () => {
    expect(restoreBounds(undefined, [], defaults)).toEqual({ x: 0, y: 0, ...defaults });
  });
});

describe('cascade', () => {
  const bounds: Rect = { x: 100, y: 100, width: 800, height: 600 };

  it('leaves a window where it is when nothing is there', () => {
    expect(cascade(bounds, [])).toEqual(bounds);
    expect(cascade(bounds, [{ ...bounds, x: 500 }])).toEqual(bounds);
  });

  it('offsets a window that would open exactly over another', () => {
    expect(cascade(bounds, [bounds])).toEqual({ ...bounds, x: 124, y: 124 });
  });

  it('keeps offsetting past every window already cascaded', () => {
    const existing = [0, 1, 2].map((i) => ({
      ...bounds,
      x: 100 + i * CASCADE_STEP,
      y: 100 + i * CASCADE_STEP,
    }));
    expect(cascade(bounds, existing)).toEqual({ ...bounds, x: 172, y: 172 });
  });

  it('counts a window a few pixels away as in the same place', () => {
    expect(cascade(bounds, [{ ...bounds, x: 103, y: 99 }])).toEqual({ ...bounds, x: 124, y: 124 });
  });

  it('starts again at the top-left of the work area rather than leave it', () => {
    const area = { x: 0, y: 0, width: 900, height: 700 };
    expect(cascade(bounds, [bounds], area)).toEqual({ ...bounds, x: 0, y: 0 });
  });

  it('always ends, even when every place is taken', () => {
    const area = { x: 100, y: 100, width: 800, height: 600 };
    expect(cascade(bounds, [bounds], area)).toEqual(bounds);
  });
});

describe('windowStateStore', () => {
  const tempDir = tempDirPerTest();
  const path = () => join(tempDir(), 'data', 'window-state.json');
  const store = () => windowStateStore({ fs: nodeFileSystem, path: path() });

  it('remembers the last bounds and whether the window was maximized', async () => {
    const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true };
    expect(await store().save(state)).toEqual({ ok: true });
    expect(await store().load()).toEqual(state);
    expect(await readdir(join(tempDir(), 'data'))).toEqual(['window-state.json']);
    expect(JSON.parse(await readFile(path(), 'utf8'))).toEqual(state);
  });

  it('has nothing to restore on first run', async () => {
    expect(await store().load()).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"bounds":'],
    ['empty', ''],
    ['no bounds', '{"maximized": true}'],
    ['bounds not an object', '{"bounds": 5}'],
    ['a missing size', '{"bounds": {"x": 0, "y": 0, "width": 800}}'],
    ['text for a number', '{"bounds": {"x": "0", "y": 0, "width": 800, "height": 600}}'],
    ['a zero size', '{"bounds": {"x": 0, "y": 0, "width": 0, "height": 600}}'],
  ])('reads a corrupt file (%s) as nothing saved', async (_, content) => {
    await mkdir(join(tempDir(), 'data'));
    await writeFile(path(), content);
    expect(await store().load()).toBeUndefined();
  });

  it('reads a missing or odd maximized flag as not maximized', async () => {
    await mkdir(join(tempDir(), 'data'));
    await writeFile(path(), '{"bounds": {"x": 0, "y": 0, "width": 800, "height": 600}, "maximized": "yes"}');
    expect(await store().load()).toEqual({
      bounds: { x: 0, y: 0, width: 800, height: 600 },
      maximized: false,
    });
  });

  it('says why it could not save', async () => {
    await writeFile(join(tempDir(), 'data'), 'a file where the folder should be');
    const result = await store().save({ bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: false });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Could not create ".*data": /);
  });
});

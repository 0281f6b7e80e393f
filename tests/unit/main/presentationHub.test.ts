import type { Windows } from '../../../src-main/app/ports';
import { PresentationHub } from '../../../src-main/app/presentationHub';
import type { PresenterSnapshot } from '../../../src-shared/ipc/contract';
import { serializeMap } from '../../../src-shared/model/serialize';
import { sampleMap } from '../../support/arbitraryMap';

const state = (step: number): PresenterSnapshot => ({
  step,
  stepCount: 5,
  blackout: 'none',
  overview: false,
  laser: false,
  zoom: 1,
  typedNumber: '',
  ended: false,
});

function setUp() {
  const sent: Array<[number, string, unknown]> = [];
  const closed: number[] = [];
  const fullScreen: Array<[number, boolean]> = [];
  const windows: Windows = {
    open: () => 0,
    openPresenter: () => 9,
    focus() {},
    close: (id) => closed.push(id),
    send: (id, channel, payload) => sent.push([id, channel, payload]),
    setEdited() {},
    setFullScreen: (id, on) => fullScreen.push([id, on]),
  };
  return { hub: new PresentationHub(windows), sent, closed, fullScreen };
}

describe('the presentation hub', () => {
  test('opens the presenter’s window with the map as presented and the state so far', () => {
    const { hub } = setUp();
    expect(hub.openPresenter(1, serializeMap(sampleMap()), state(2))).toEqual({ status: 'opened' });
    expect(hub.initial(9)).toEqual({ map: sampleMap(), state: state(2) });
    expect(hub.initial(1)).toBeNull();
  });

  test('refuses to present a map that does not load', () => {
    const { hub } = setUp();
    expect(hub.openPresenter(1, '{"format":"argmap"}', state(0))).toMatchObject({ status: 'failed' });
  });

  test('relays a step taken in either window to the other, and only to it', () => {
    const { hub, sent } = setUp();
    hub.openPresenter(1, serializeMap(sampleMap()), state(0));
    hub.sync(1, state(1));
    hub.sync(9, state(2));
    hub.sync(5, state(3));
    expect(sent).toEqual([
      [9, 'present:state', state(1)],
      [1, 'present:state', state(2)],
    ]);
    expect(hub.initial(9)?.state).toEqual(state(2));
  });

  test('ending from either window closes the presenter’s window and returns the room to editing', () => {
    const { hub, sent, closed } = setUp();
    hub.openPresenter(1, serializeMap(sampleMap()), state(0));
    hub.end(9);
    expect(closed).toEqual([9]);
    expect(sent).toEqual([[1, 'present:ended', {}]]);
    hub.sync(1, state(1));
    expect(sent).toHaveLength(1);
  });

  test('closing the room’s window closes the presenter’s; closing the presenter’s ends the talk in the room', () => {
    const first = setUp();
    first.hub.openPresenter(1, serializeMap(sampleMap()), state(0));
    first.hub.closed(1);
    expect(first.closed).toEqual([9]);
    const second = setUp();
    second.hub.openPresenter(1, serializeMap(sampleMap()), state(0));
    second.hub.closed(9);
    expect(second.sent).toEqual([[1, 'present:ended', {}]]);
    expect(second.closed).toEqual([]);
  });

  test('the room’s window is in full screen while presenting, and out of it however the talk ends', () => {
    for (const end of ['end from the room', 'end from the presenter', 'presenter window closed'] as const) {
      const { hub, fullScreen } = setUp();
      hub.setFullScreen(1, true);
      hub.openPresenter(1, serializeMap(sampleMap()), state(0));
      if (end === 'end from the room') hub.end(1);
      else if (end === 'end from the presenter') hub.end(9);
      else hub.closed(9);
      expect(fullScreen).toEqual([
        [1, true],
        [1, false],
      ]);
    }
  });
});

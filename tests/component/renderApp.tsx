import '@xyflow/react/dist/style.css';
import '../../src-renderer/styles/theme.css';
import '../../src-renderer/styles/app.css';
import '../../src-renderer/canvas/nodes/nodes.css';
import '../../src-renderer/source/source.css';
import '../../src-renderer/styles/chrome.css';
import '../../src-renderer/present/present.css';
import { render } from 'vitest-browser-react';
import { App } from '../../src-renderer/App';
import { createEditorStore } from '../../src-renderer/store/editorStore';
import type { ArgmapApi } from '../../src-shared/ipc/api';
import type { ArgMap } from '../../src-shared/model/map';
import { idleBridge } from './idleBridge';

/** The whole editor (toolbar, canvas, source pane, dialogs) on a map. */
export async function renderApp(map: ArgMap, argmap: ArgmapApi = idleBridge()) {
  localStorage.clear();
  const store = createEditorStore({ map, name: map.title, hasFile: false });
  const screen = await render(
    <div style={{ width: 1280, height: 860 }}>
      <App store={store} argmap={argmap} />
    </div>,
  );
  return { screen, store };
}

/** Selects source text the way a person does, by its offsets in the source. */
export function selectSourceText(start: number, end: number) {
  const point = (offset: number) => {
    const owners = [...document.querySelectorAll<HTMLElement>('.source-body [data-offset]:not([data-end])')];
    const owner = owners.filter((element) => Number(element.dataset.offset) <= offset).at(-1) as HTMLElement;
    return { node: owner.firstChild as Text, offset: offset - Number(owner.dataset.offset) };
  };
  const [from, to] = [point(start), point(end)];
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}

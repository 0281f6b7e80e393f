import articleMap from '../../maps/article.argmap.json';
import { estimateNodeSize } from '../../src-shared/layout/nodeSize';
import { loadMapFromValue } from '../../src-shared/load/loadMap';
import { renderMap } from './renderMap';

// Layout places nodes before they are drawn, using estimateNodeSize. The estimate must never be
// smaller than what the canvas draws, or laid-out nodes would overlap on screen.
test('no node of the article map is drawn taller or wider than layout estimates', async () => {
  const loaded = loadMapFromValue(articleMap);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const { nodes } = loaded.value;
  await renderMap(nodes);
  await expect.poll(() => document.querySelectorAll('.node-card').length).toBe(nodes.length);
  await document.fonts.ready;
  const tooBig = nodes.flatMap((node) => {
    const card = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${node.id}"] .node-card`);
    const estimate = estimateNodeSize(node);
    if (!card) return [`${node.id}: not drawn`];
    return card.offsetHeight > estimate.height || card.offsetWidth > estimate.width
      ? [
          `${node.id}: drawn ${card.offsetWidth}×${card.offsetHeight}, estimated ${estimate.width}×${estimate.height}`,
        ]
      : [];
  });
  expect(tooBig).toEqual([]);
});

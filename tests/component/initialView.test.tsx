import { page } from 'vitest/browser';
import type { ArgNode } from '../../src-shared/model/map';
import { renderMap } from './renderMap';

const premise = (i: number): ArgNode => ({
  id: `p${i}`,
  kind: 'premise',
  text: `Reason ${i}`,
  position: { x: i * 320, y: 200 },
});

function insideCanvas(id: string): boolean {
  const canvas = document.querySelector('.react-flow')?.getBoundingClientRect();
  const node = document.querySelector(`.react-flow__node[data-id="${id}"]`)?.getBoundingClientRect();
  return (
    !!canvas &&
    !!node &&
    node.left >= canvas.left &&
    node.right <= canvas.right &&
    node.top >= canvas.top &&
    node.bottom <= canvas.bottom
  );
}

describe('where a map opens', () => {
  test('a small map opens whole, every node on screen', async () => {
    const nodes: ArgNode[] = [
      { id: 't', kind: 'thesis', text: 'Claim', position: { x: 480, y: 0 } },
      ...[0, 1, 2, 3].map(premise),
    ];
    await renderMap(
      nodes,
      [0, 1, 2, 3].map((i) => ({ id: `e${i}`, from: `p${i}`, to: 't', relation: 'supports' as const })),
    );
    await expect.element(page.getByText('Reason 3')).toBeVisible();
    await expect.poll(() => nodes.every((node) => insideCanvas(node.id))).toBe(true);
  });

  test('a map too wide to read whole opens on its thesis, at a readable size', async () => {
    const wide = Array.from({ length: 40 }, (_, i) => premise(i));
    const nodes: ArgNode[] = [
      { id: 't', kind: 'thesis', text: 'Claim', position: { x: 6240, y: 0 } },
      ...wide,
    ];
    await renderMap(
      nodes,
      wide.map((node) => ({ id: `e-${node.id}`, from: node.id, to: 't', relation: 'supports' as const })),
    );
    await expect.poll(() => insideCanvas('t')).toBe(true);
    const scale = Number(
      /scale\(([\d.]+)\)/.exec(
        (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform,
      )?.[1],
    );
    expect(scale).toBeGreaterThanOrEqual(0.6);
    expect(insideCanvas('p0')).toBe(false);
  });
});

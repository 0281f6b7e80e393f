import { useLayoutEffect, useState } from 'react';
import { render } from 'vitest-browser-react';
import { ARRIVING_AT_ONCE, ARRIVING_LINKS_PER_STEP } from '../../src-renderer/canvas/links/arrivals';
import { useArrivingLinks } from '../../src-renderer/canvas/links/useArrivingLinks';

const linksOf = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `l${i}` }));

/** Notes how many links the hook draws at each render. */
function Drawn({ links, seen }: { links: { id: string }[]; seen: number[] }) {
  seen.push(useArrivingLinks(links).length);
  return null;
}

/** As Drawn, rendered a second time in the same task with a new list (as when a card reports its size). */
function DrawnTwice({ links, seen }: { links: { id: string }[]; seen: number[] }) {
  const [again, setAgain] = useState(false);
  useLayoutEffect(() => setAgain(true), []);
  return <Drawn links={again ? [...links] : links} seen={seen} />;
}

describe('links that arrive in steps', () => {
  test('many new links: none with the change, then a step at a time; renders in between admit no more', async () => {
    const many = ARRIVING_LINKS_PER_STEP + ARRIVING_AT_ONCE + 1;
    const seen: number[] = [];
    await render(<DrawnTwice links={linksOf(many)} seen={seen} />);
    // Rendered again before the next step: the links still wait.
    expect(seen.slice(0, 2)).toEqual([0, 0]);
    await expect.poll(() => seen.at(-1)).toBe(many);
    expect(seen.filter((count) => count > 0 && count < many)).toEqual([ARRIVING_LINKS_PER_STEP]);
  });

  test(`${ARRIVING_AT_ONCE} new links or fewer are drawn with the change that brings them`, async () => {
    const seen: number[] = [];
    const screen = await render(<Drawn links={linksOf(3)} seen={seen} />);
    expect(seen).toEqual([3]);
    await screen.rerender(<Drawn links={linksOf(3 + ARRIVING_AT_ONCE)} seen={seen} />);
    expect(seen.at(-1)).toBe(3 + ARRIVING_AT_ONCE);
  });
});

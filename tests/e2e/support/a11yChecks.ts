import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** Every accessibility problem axe-core finds in the page, of any impact, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.length} × ${violation.nodes[0]?.target.join(' ')}`,
  );
}

/** The polite live region that speaks what happened. */
export const announcements = (page: Page) => page.getByRole('status', { name: 'Announcements' });

/**
 * Focus is on `target` and can be seen: the browser shows it as keyboard focus (:focus-visible) and the
 * element, or the card it frames, draws an outline or a ring; a focused link glows (a drop shadow).
 */
export async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((element) => {
    const drawn = element.matches('.react-flow__node')
      ? (element.firstElementChild ?? element)
      : (element.querySelector('.react-flow__edge-path') ?? element);
    const style = getComputedStyle(drawn);
    return {
      focusVisible: element.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
      shadow: style.boxShadow !== 'none' || style.filter.includes('drop-shadow'),
    };
  });
  expect(ring.focusVisible).toBe(true);
  expect(ring.outline || ring.shadow).toBe(true);
}

import { expect, type Page } from '@playwright/test';

/** Types a node's text into its open field, as a person does, and commits it with Enter. */
export async function typeNode(page: Page, text: string) {
  const field = page.getByRole('textbox', { name: 'Node text' });
  await expect(field).toBeFocused();
  await field.pressSequentially(text);
  await field.press('Enter');
  await expect(field).toHaveCount(0);
}

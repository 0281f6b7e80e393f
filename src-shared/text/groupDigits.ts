/**
 * A whole number with its thousands grouped by commas, as en-US writes it ("+1,000" on a folded card).
 * Written out rather than asked of `toLocaleString`: the first number the page formats that way loads
 * the locale's number data, which took the first fold of a large claim 2 ms.
 */
export function groupDigits(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

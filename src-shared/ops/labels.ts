/** "node", "2 nodes": a count as history labels say it ("Delete node", "Pin 2 nodes"). */
export function count(n: number, noun: string): string {
  return n === 1 ? noun : `${n} ${noun}s`;
}

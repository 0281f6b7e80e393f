/**
 * The interface's size (the page's zoom, as a browser's Ctrl+= gives it), in the steps browsers use.
 * The map has its own zoom; this one scales everything: toolbar, panels, type and the map with them.
 */
export const INTERFACE_SIZES = [0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;
export const SMALLEST_INTERFACE = INTERFACE_SIZES[0];
export const LARGEST_INTERFACE = INTERFACE_SIZES[INTERFACE_SIZES.length - 1] as number;

/** The next size up (`+1`) or down (`-1`) from `current`, which need not be one of the steps. */
export function nextInterfaceSize(current: number, direction: 1 | -1): number {
  const steps = direction === 1 ? INTERFACE_SIZES : [...INTERFACE_SIZES].reverse();
  const next = steps.find((size) => (direction === 1 ? size > current + 1e-6 : size < current - 1e-6));
  return next ?? (direction === 1 ? LARGEST_INTERFACE : SMALLEST_INTERFACE);
}

/** A stored size, if it is one the interface can take; else the normal size. */
export function interfaceSizeOf(stored: unknown): number {
  const size = Number(stored);
  return Number.isFinite(size) && size >= SMALLEST_INTERFACE && size <= LARGEST_INTERFACE ? size : 1;
}

/** "Interface size 150 %": what is announced and shown when the size changes. */
export const describeInterfaceSize = (size: number) => `Interface size ${Math.round(size * 100)} %`;

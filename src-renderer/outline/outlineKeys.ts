import type { OutlineRow } from '../../src-shared/outline/outlineRows';

/** What a key press in the outline asks for, following the ARIA tree pattern plus the outline's edits. */
export type OutlineIntent =
  | { type: 'activate'; id: string }
  | { type: 'fold'; id: string; collapsed: boolean }
  | { type: 'edit'; id: string }
  | { type: 'indent' | 'outdent'; id: string }
  | { type: 'reorder'; id: string; by: 1 | -1 }
  | { type: 'leave' };

interface Press {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The intent of a key on the active row, or null when the key is not the outline's. */
export function outlineIntent(
  rows: readonly OutlineRow[],
  index: number,
  press: Press,
): OutlineIntent | null {
  const row = rows[index];
  if (!row || press.ctrlKey || press.metaKey) return null;
  const id = row.node.id;
  const go = (to: number) => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, to))];
    return target ? ({ type: 'activate', id: target.node.id } as const) : null;
  };
  if (press.altKey) {
    if (press.key === 'ArrowUp') return { type: 'reorder', id, by: -1 };
    if (press.key === 'ArrowDown') return { type: 'reorder', id, by: 1 };
    return null;
  }
  switch (press.key) {
    case 'ArrowDown':
      return go(index + 1);
    case 'ArrowUp':
      return go(index - 1);
    case 'Home':
      return go(0);
    case 'End':
      return go(rows.length - 1);
    case 'ArrowRight':
      if (row.hasReasons && !row.expanded) return { type: 'fold', id, collapsed: false };
      return row.expanded ? go(index + 1) : null;
    case 'ArrowLeft':
      if (row.expanded) return { type: 'fold', id, collapsed: true };
      return row.parent ? { type: 'activate', id: row.parent } : null;
    case 'Enter':
    case 'F2':
      return { type: 'edit', id };
    case 'Tab':
      return { type: press.shiftKey ? 'outdent' : 'indent', id };
    case 'Escape':
      return { type: 'leave' };
    default:
      return null;
  }
}

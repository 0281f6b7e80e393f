import type { ReactNode } from 'react';

/**
 * The column beside the canvas where panels dock (the inspector; others may join it), so that they sit
 * next to the map rather than over its cards. It takes no room while none of its panels has anything
 * to show: each renders nothing then, and an empty dock is hidden.
 */
export function SideDock({ children, label }: { children: ReactNode; label: string }) {
  return (
    <aside className="side-dock" aria-label={label}>
      {children}
    </aside>
  );
}

/**
 * Moves keyboard focus to a node's card, so that after choosing a node from a panel its keys (X to reject,
 * Enter to edit) act on the canvas. The card may be drawn a frame later, once React Flow has placed it.
 */
export function focusNodeCard(id: string): void {
  requestAnimationFrame(() => {
    document
      .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
      ?.focus({ preventScroll: true });
  });
}

/** An element with classes, attributes and children; strings become text nodes, never markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; attrs?: Record<string, string> } = {},
  ...children: Array<Node | string | null>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) {
    if (child !== null) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A plain button that runs `act` when pressed (by click, Enter or Space). */
export function button(
  label: string,
  act: () => void,
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  const element = el('button', { class: 'button', attrs: { type: 'button', ...attrs } }, label);
  element.addEventListener('click', act);
  return element;
}

/** Replaces an element's children with plain text. */
export function setText(element: Element, text: string): void {
  element.textContent = text;
}

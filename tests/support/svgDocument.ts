import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface SvgElement {
  name: string;
  attributes: Record<string, string>;
  children: SvgElement[];
  /** The element's own text (not its children's). */
  text: string;
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Parses an SVG document with a real XML parser; throws, naming the line, when it is not well-formed. */
export function parseSvg(svg: string): SvgElement {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
  });
  const convert = (node: Ordered): SvgElement | null => {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (!name || name === '#text' || name === '?xml') return null;
    const content = node[name] as Ordered[];
    return {
      name,
      attributes: node[':@'] ?? {},
      children: content.map(convert).filter((child): child is SvgElement => child !== null),
      text: content.map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join(''),
    };
  };
  const roots = (parser.parse(svg) as Ordered[]).map(convert).filter((root) => root !== null);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0] as SvgElement;
}

export function allElements(root: SvgElement): SvgElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

/** The lines of text the SVG draws, in document order. */
export function drawnLines(root: SvgElement): string[] {
  return allElements(root)
    .filter((element) => element.name === 'tspan')
    .map((element) => element.text);
}

/**
 * The document loads nothing and runs nothing: only drawing elements, no event attributes, no links,
 * no styles, no foreign content, no external references anywhere in its markup.
 */
export function inertnessProblems(svg: string): string[] {
  const problems: string[] = [];
  const known = new Set(['svg', 'title', 'metadata', 'rect', 'path', 'g', 'text', 'tspan']);
  for (const element of allElements(parseSvg(svg))) {
    if (!known.has(element.name)) problems.push(`element <${element.name}>`);
    for (const attribute of Object.keys(element.attributes)) {
      if (/^on|href$/i.test(attribute)) problems.push(`attribute ${attribute} on <${element.name}>`);
    }
  }
  // Text may say anything once escaped; the markup around it may not.
  const markup = svg.replace(' xmlns="http://www.w3.org/2000/svg"', '').replace(/>[^<]*</g, '><');
  for (const banned of [
    'foreignObject',
    '<script',
    'href',
    'url(',
    'http',
    '<style',
    '<!',
    '<image',
    '<use',
  ]) {
    if (markup.includes(banned)) problems.push(`markup ${banned}`);
  }
  if (/\son[a-z]+=/i.test(markup)) problems.push('an event attribute');
  return problems;
}

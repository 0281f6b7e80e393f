import { FORMAT_VERSION } from '../../src-shared/model/map';

/** Each payload, if it ever ran, would add to `window.__xss` (the canary). */
export const PAYLOADS = [
  '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  '<script>window.__xss=(window.__xss||0)+1</script>',
  '"><svg onload="window.__xss=(window.__xss||0)+1">',
  'javascript:window.__xss=(window.__xss||0)+1',
  '<a href="javascript:window.__xss=1">click</a><iframe srcdoc="<script>parent.__xss=1</script>">',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is a template injection, on purpose.
  "{{constructor.constructor('window.__xss=1')()}} ${window.__xss=1} ]]> <!-- --> &lt;b&gt;",
];
const payload = (i: number) => `${PAYLOADS[i % PAYLOADS.length]} #${i}`;

/** A map whose every text is a payload: titles, node texts, notes, tags, a quote's speaker and role, the source. */
export function hostileMap() {
  const source = PAYLOADS.join(' ');
  const nodes = [
    {
      id: 'thesis',
      kind: 'thesis',
      text: payload(0),
      notes: payload(1),
      tags: [payload(2).slice(0, 60)],
      position: { x: 0, y: 0 },
    },
    {
      id: 'quote',
      kind: 'quote',
      text: payload(3),
      quote: { speaker: payload(4), role: payload(5), direct: true },
      position: { x: -320, y: 220 },
      anchor: { start: 0, end: PAYLOADS[0]?.length ?? 0, exact: PAYLOADS[0] ?? '' },
    },
    { id: 'premise', kind: 'premise', text: payload(1), position: { x: 0, y: 220 } },
    { id: 'counter', kind: 'counterpoint', text: payload(2), position: { x: 320, y: 220 } },
    { id: 'note', kind: 'note', text: payload(5), position: { x: 320, y: 420 } },
  ];
  return {
    format: 'argmap',
    version: FORMAT_VERSION,
    title: payload(4),
    source: { title: payload(0), author: payload(2), text: source },
    nodes,
    edges: [
      { id: 'e1', from: 'quote', to: 'thesis', relation: 'supports' },
      { id: 'e2', from: 'premise', to: 'thesis', relation: 'supports' },
      { id: 'e3', from: 'counter', to: 'thesis', relation: 'opposes' },
    ],
    tour: [
      { id: 's1', focus: ['thesis'], title: payload(3), notes: payload(4) },
      { id: 's2', focus: ['quote', 'premise'], notes: payload(0) },
      { id: 's3', focus: ['counter', 'note'], title: payload(1) },
    ],
  };
}

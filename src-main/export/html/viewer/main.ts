import type { PageData, PageNode } from '../../../../src-shared/share/pageData';
import { Camera, type Margins } from './camera';
import { button, el } from './dom';
import { Drawing } from './drawing';
import { attachGestures } from './gestures';
import { NodePanel } from './nodePanel';
import { SourcePane } from './sourcePane';
import { TourPlayer } from './tourPlayer';

// The shared page's viewer: the map drawn as the SVG export draws it, to explore (pan, zoom, a node's
// text and passage) and to step through its tour. It reads its data as JSON and writes text only.

const MARGINS: Margins = { top: 24, right: 24, bottom: 24, left: 24 };
/** Below this scale the whole map is too small to read: the page opens on the thesis instead. */
const READABLE_SCALE = 0.6;

function boot(): void {
  const dataElement = document.getElementById('argmap-data');
  const frame = document.getElementById('argmap-map');
  const world = frame?.querySelector<HTMLElement>('.world');
  const stage = frame?.parentElement;
  if (!dataElement || !frame || !world || !stage) return;
  start(JSON.parse(dataElement.textContent ?? '{}') as PageData, frame, world, stage);
}

function start(data: PageData, frame: HTMLElement, world: HTMLElement, stage: HTMLElement): void {
  const drawing = new Drawing(world, data);
  const camera = new Camera(frame, world, data.bounds);

  const source =
    data.source?.text === undefined ? null : new SourcePane(data.source, () => toggleSource(false));
  const panel = new NodePanel(data.source?.text, {
    showPassage(node) {
      toggleSource(true);
      source?.highlight(node.passage ?? null);
    },
    close: () => select(null),
  });
  const sourceButton = source
    ? button('Source', () => toggleSource(!source.open), { 'aria-pressed': 'false' })
    : null;

  function toggleSource(open: boolean): void {
    if (!source || !sourceButton) return;
    source.open = open;
    sourceButton.setAttribute('aria-pressed', String(open));
    if (open) source.highlight(panel.node?.passage ?? null);
  }

  function select(node: PageNode | null): void {
    drawing.select(node?.id ?? null);
    if (!node) {
      panel.hide();
      return;
    }
    panel.show(node);
    if (source?.open) source.highlight(node.passage ?? null);
  }

  function showAll(): void {
    camera.show(data.bounds, MARGINS, 1);
  }

  const tour = new TourPlayer(data.steps, {
    showStep(step, zoom) {
      drawing.reveal(step);
      const box = drawing.boxOf(step.focus.length > 0 ? step.focus : step.revealed);
      if (box) {
        camera.show(box, tourMargins(), 1.6);
        if (zoom !== 1) camera.zoom(zoom);
      }
    },
    showOverview() {
      drawing.reveal(null);
      showAll();
    },
    stopped() {
      drawing.reveal(null);
      document.body.classList.remove('touring');
      playButton?.focus();
    },
  });
  function tourMargins(): Margins {
    const bar = tour.element.getBoundingClientRect();
    const covered = Math.max(0, frame.getBoundingClientRect().bottom - bar.top);
    return { ...MARGINS, bottom: MARGINS.bottom + covered };
  }
  const playButton =
    data.steps.length > 0
      ? button(
          `Play the tour (${data.steps.length} steps)`,
          () => {
            document.body.classList.add('touring');
            select(null);
            tour.start();
          },
          { class: 'button button-primary' },
        )
      : null;

  document.body.prepend(
    el(
      'header',
      { class: 'bar' },
      el('h1', { class: 'bar-title' }, data.title || 'Argument map'),
      el(
        'nav',
        { class: 'bar-tools', attrs: { 'aria-label': 'View' } },
        playButton,
        sourceButton,
        button('Whole map', showAll, { title: '0' }),
        button('−', () => camera.zoom(1 / 1.25), {
          'aria-label': 'Zoom out',
          title: '−',
          class: 'button zoom-button',
        }),
        button('+', () => camera.zoom(1.25), {
          'aria-label': 'Zoom in',
          title: '+',
          class: 'button zoom-button',
        }),
      ),
    ),
  );
  stage.append(panel.element, ...(source ? [source.element] : []));
  document.body.append(tour.element, tour.blackout);

  // Each card can be reached with Tab (brought into view) and opened with Enter or Space.
  drawing.nameCards((node) => {
    if (!camera.sees(node.box)) camera.centre(node.box, MARGINS);
  });

  attachGestures(camera, (target) => select(drawing.nodeAt(target) ?? null));

  document.addEventListener('keydown', (event) => {
    if (tour.playing) {
      if (tour.key(event.key, event)) event.preventDefault();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target : null;
    const card = drawing.nodeAt(target);
    if (card && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(card);
      return;
    }
    if (event.key === 'Escape') {
      select(null);
      return;
    }
    // The panes scroll with the arrows; everywhere else the arrows move the map.
    if (target?.closest('.pane, button')) return;
    if (camera.key(event.key, showAll)) event.preventDefault();
  });
  window.addEventListener('resize', () => {
    tour.refresh();
  });

  openingView();

  function openingView(): void {
    if (camera.fitScale(MARGINS) >= READABLE_SCALE) {
      showAll();
      return;
    }
    const thesis = data.thesis === undefined ? undefined : drawing.nodes.get(data.thesis);
    if (!thesis) {
      showAll();
      return;
    }
    camera.scale = 1;
    camera.centre(thesis.box, { ...MARGINS, bottom: frame.clientHeight / 2 });
  }
}

boot();

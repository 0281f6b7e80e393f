import { PDFDocument } from 'pdf-lib';
import type { ArgMap } from '../model/map';
import { citationLine } from '../source/citation';
import { revealBidiControls } from '../text/revealBidiControls';
import { tourVisibility } from '../tour/visibility';
import { fontkitMeasure, type InterFonts } from './interFonts';
import { drawScene, embedInter, pdfColor, type ScenePlacement } from './pdfScene';
import { type ProgressOptions, partDone } from './progress';
import { buildScene } from './scene';
import type { Box, Scene } from './sceneTypes';
import { addVerdictPages, hasAssessment } from './verdictPage';
import { wrapText } from './wrapText';

/** A4 landscape, in points. */
const PAGE = { width: 842, height: 595, margin: 36 };
const TITLE_SIZE = 18;
const NOTES = { size: 11, lineHeight: 15, maxShare: 0.32 };
const CITATION = { size: 10, lineHeight: 13, maxLines: 3 };

/**
 * The presentation's handout: one page per tour step with the step's title, its view of the map (the focus
 * in full, what earlier steps showed dimmed), and the speaker notes. Vector throughout, with Inter embedded
 * (only the glyphs used), so text is selectable and searchable. Lines break with the embedded fonts' metrics.
 * A step that shows the assessment draws each card's standing and the verdict, as the presentation does.
 * A map that has been weighed ends with the verdict and the critical questions still open.
 */
export async function renderHandout(
  map: ArgMap,
  fonts: InterFonts,
  theme: 'light' | 'dark' = 'light',
  progress: ProgressOptions = {},
): Promise<Uint8Array> {
  progress.signal?.throwIfAborted();
  const doc = await PDFDocument.create();
  doc.setTitle(revealBidiControls(`${map.title} — handout`));
  doc.setCreator('Argmap');
  const inter = await embedInter(doc, fonts);
  const measure = fontkitMeasure(fonts);

  const steps = tourVisibility(map);
  for (const [index, step] of map.tour.entries()) {
    const visibility = steps[index];
    if (!visibility) continue;
    const page = doc.addPage([PAGE.width, PAGE.height]);
    const title = revealBidiControls(step.title || `Step ${index + 1}`);
    page.drawText(`${index + 1}. ${title}`, {
      x: PAGE.margin,
      y: PAGE.height - PAGE.margin - TITLE_SIZE,
      size: TITLE_SIZE,
      font: inter.semibold,
      color: pdfColor('#1f2023'),
      maxWidth: PAGE.width - 2 * PAGE.margin,
    });
    const width = PAGE.width - 2 * PAGE.margin;
    // The first page says what the map reads: "Source: author, title, site, date, URL".
    const cited =
      index === 0 && map.source
        ? wrapText(revealBidiControls(citationLine(map.source)), width, (text) =>
            inter.regular.widthOfTextAtSize(text, CITATION.size),
          ).slice(0, CITATION.maxLines)
        : [];
    cited.forEach((line, i) => {
      page.drawText(line, {
        x: PAGE.margin,
        y: PAGE.height - PAGE.margin - TITLE_SIZE - 8 - (i + 1) * CITATION.lineHeight,
        size: CITATION.size,
        font: inter.regular,
        color: pdfColor('#5f6168'),
      });
    });
    const notes = step.notes
      ? wrapText(revealBidiControls(step.notes), width, (text) =>
          inter.regular.widthOfTextAtSize(text, NOTES.size),
        )
      : [];
    const maxNoteLines = Math.floor((PAGE.height * NOTES.maxShare) / NOTES.lineHeight);
    const shown =
      notes.length > maxNoteLines
        ? [...notes.slice(0, maxNoteLines - 1), `${notes[maxNoteLines - 1] ?? ''} …`]
        : notes;
    shown.forEach((line, i) => {
      page.drawText(line, {
        x: PAGE.margin,
        y: PAGE.margin + (shown.length - 1 - i) * NOTES.lineHeight,
        size: NOTES.size,
        font: inter.regular,
        color: pdfColor('#3d3f45'),
      });
    });

    const scene = buildScene(map, {
      measure,
      theme,
      padding: 12,
      only: visibility.revealed,
      focus: visibility.focus,
      // A step that shows the assessment shows it here too, as the room sees it.
      assessment: step.showAssessment === true,
    });
    const top = PAGE.height - PAGE.margin - TITLE_SIZE - 16 - cited.length * CITATION.lineHeight;
    const bottom = PAGE.margin + (shown.length > 0 ? shown.length * NOTES.lineHeight + 16 : 0);
    const area = { x: PAGE.margin, top, width, height: top - bottom };
    drawScene(page, scene, fitted(frameOf(scene, visibility.focus), area), inter);
    await partDone(progress, index + 1, map.tour.length);
  }
  if (hasAssessment(map)) addVerdictPages(doc, map, inter, PAGE);
  return doc.save();
}

interface Area {
  x: number;
  top: number;
  width: number;
  height: number;
}

/** The frame fitted into the area of the page (never enlarged), centred. */
function fitted(frame: Box, area: Area): ScenePlacement {
  const scale = Math.min(1, area.width / frame.width, area.height / frame.height);
  return {
    region: frame,
    scale,
    left: area.x + (area.width - frame.width * scale) / 2,
    top: area.top - (area.height - frame.height * scale) / 2,
  };
}

const FRAME_MARGIN = 40;

/**
 * The step's view: the focus with a margin around it, as the presentation's camera frames it. What lies
 * outside the frame is cut off at its edge, as the room's screen cuts it off.
 */
function frameOf(scene: Scene, focus: ReadonlySet<string>): Box {
  const cards = scene.cards.filter((card) => focus.has(card.id));
  if (cards.length === 0) return scene.bounds;
  const left = Math.min(...cards.map((card) => card.box.x)) - FRAME_MARGIN;
  const top = Math.min(...cards.map((card) => card.box.y)) - FRAME_MARGIN;
  const right = Math.max(...cards.map((card) => card.box.x + card.box.width)) + FRAME_MARGIN;
  const bottom = Math.max(...cards.map((card) => card.box.y + card.box.height)) + FRAME_MARGIN;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

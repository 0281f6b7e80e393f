import { FORMAT_INFO } from '../../src-shared/formats/formats';
import { ARTICLE_EXTENSIONS } from '../import/importArticle';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * The file types each dialog offers, first the one shown. macOS filters by an extension's last part
 * only (`argmap.json` lists every `.json`), so what a dialog returns is routed by name and content,
 * never trusted to be a map.
 */
export const MAP_FILTERS: FileFilter[] = [{ name: 'Argmap maps', extensions: ['argmap.json'] }];

const IMAGES: FileFilter = { name: 'Exported images (PNG, SVG)', extensions: ['png', 'svg'] };
const OTHER_FORMATS: FileFilter = {
  name: 'Maps in other formats (Argdown, AIF, JSON Canvas)',
  extensions: [...FORMAT_INFO.argdown.reads, ...FORMAT_INFO.aif.reads, ...FORMAT_INFO.canvas.reads],
};
export const ARTICLE_FILTER: FileFilter = {
  name: 'Articles (web page, PDF, Word, Markdown, text)',
  extensions: Object.values(ARTICLE_EXTENSIONS).flat(),
};

/** File → Open: maps, images exported with their map, maps in the field's formats, and articles. */
export const OPEN_FILTERS: FileFilter[] = [
  {
    name: 'Maps, exported images and other formats',
    extensions: [
      ...(MAP_FILTERS[0] as FileFilter).extensions,
      ...IMAGES.extensions,
      ...OTHER_FORMATS.extensions,
    ],
  },
  ...MAP_FILTERS,
  IMAGES,
  OTHER_FORMATS,
  ARTICLE_FILTER,
];

/** File → Import…: the field's formats; a `.json` is read as AIF or JSON Canvas by its content. */
export const IMPORT_FILTERS: FileFilter[] = [
  {
    name: 'Argument maps in other formats',
    extensions: [...OTHER_FORMATS.extensions, ...FORMAT_INFO.markdown.reads],
  },
  { name: FORMAT_INFO.argdown.label, extensions: FORMAT_INFO.argdown.reads },
  { name: FORMAT_INFO.aif.label, extensions: FORMAT_INFO.aif.reads },
  { name: FORMAT_INFO.markdown.label, extensions: FORMAT_INFO.markdown.reads },
  { name: FORMAT_INFO.canvas.label, extensions: FORMAT_INFO.canvas.reads },
];

import { ARTICLE_FILTER, IMPORT_FILTERS, OPEN_FILTERS } from '../../../src-main/app/dialogFilters';
import { routeOf } from '../../../src-main/app/fileRoute';

const extensionsOf = (filters: { extensions: string[] }[]) => [
  ...new Set(filters.flatMap((f) => f.extensions)),
];

describe('what the file dialogs offer, and what opening each file does', () => {
  test('every file File → Open lists is opened, imported or made a new map: none is refused by its name', () => {
    for (const extension of extensionsOf(OPEN_FILTERS))
      expect(routeOf(`/maps/lecture.${extension}`), extension).not.toBe('unknown');
  });

  test('Open shows maps, exported images and the field’s formats first; articles are offered apart', () => {
    const [shown] = OPEN_FILTERS;
    expect(shown?.extensions).toEqual(['argmap.json', 'png', 'svg', 'argdown', 'ad', 'json', 'canvas']);
    expect(OPEN_FILTERS).toContainEqual(ARTICLE_FILTER);
    expect(ARTICLE_FILTER.extensions).toEqual(expect.arrayContaining(['html', 'pdf', 'docx', 'md', 'txt']));
  });

  test('each name goes where it belongs', () => {
    expect(routeOf('/m/talk.argmap.json')).toBe('map');
    expect(routeOf('/m/talk.ARGMAP.JSON')).toBe('map');
    expect(routeOf('/m/talk.png')).toBe('map');
    expect(routeOf('/m/talk.argdown')).toBe('foreign');
    expect(routeOf('/m/corpus.json')).toBe('foreign');
    expect(routeOf('/m/board.canvas')).toBe('foreign');
    expect(routeOf('/m/reading.pdf')).toBe('article');
    expect(routeOf('/m/reading.md')).toBe('article');
    expect(routeOf('/m/notes.xyz')).toBe('unknown');
  });

  test('Import… lists only the field’s formats', () => {
    for (const extension of extensionsOf(IMPORT_FILTERS))
      expect(['foreign', 'article'], extension).toContain(routeOf(`/maps/lecture.${extension}`));
    expect(extensionsOf(IMPORT_FILTERS)).not.toContain('argmap.json');
  });
});

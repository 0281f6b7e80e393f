import type { ExportOptions } from '../../src-shared/export/exportOptions';

/** What a web page carries besides the map and its tour. */
export function PageContents(props: {
  options: ExportOptions;
  hasSource: boolean;
  onChange(patch: Partial<ExportOptions>): void;
}) {
  return (
    <label className="checkbox export-embed">
      <input
        type="checkbox"
        checked={props.hasSource && props.options.source !== false}
        disabled={!props.hasSource}
        onChange={(event) => props.onChange({ source: event.currentTarget.checked })}
      />
      <span>
        Include the source text
        <small>
          {props.hasSource
            ? 'Readers see each node’s passage in the article, beside the map.'
            : 'The map has no source text.'}
        </small>
      </span>
    </label>
  );
}

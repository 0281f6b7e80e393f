import type { Source } from '../model/map';

/** The details of a source on one line, for the source pane and exports: "Ana Ruiz · The Ledger · 2024-03-05". */
export function sourceDetails(source: Source): string {
  return [source.author, source.publisher, source.published].filter(Boolean).join(' · ');
}

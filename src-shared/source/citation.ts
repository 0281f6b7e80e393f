import type { Source } from '../model/map';

/** The details of a source on one line, for the source pane and exports: "Ana Ruiz · The Ledger · 2024-03-05". */
export function sourceDetails(source: Source): string {
  return [source.author, source.publisher, source.published].filter(Boolean).join(' · ');
}

/**
 * The citation an export carries: "Source: Ana Ruiz, Cities and Cars, The Ledger, 2024-03-05, https://…",
 * each part as the source's metadata has it, missing parts left out.
 */
export function citationLine(source: Source): string {
  const parts = [source.author, source.title, source.publisher, source.published, source.url]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part));
  return `Source: ${parts.join(', ')}`;
}

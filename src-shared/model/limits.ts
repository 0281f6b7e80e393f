/**
 * Bounds of the map format. They keep a hostile or corrupted file from exhausting memory
 * and keep every map small enough to edit fluidly; real maps stay far below them.
 */
export const LIMITS = {
  /** Largest file the loader reads; checked before the bytes are read. */
  fileBytes: 64 * 1024 * 1024,
  /** The deepest JSON nesting a valid map has is 5 (document → nodes → node → anchor → value); allow headroom. */
  depth: 12,
  nodes: 50_000,
  edges: 100_000,
  tourSteps: 5_000,
  idLength: 64,
  titleLength: 500,
  nodeText: 20_000,
  sourceText: 5_000_000,
  notes: 50_000,
  tags: 32,
  tagLength: 64,
  /** Positions are clamped to a plane far larger than any real map, and finite. */
  coordinate: 10_000_000,
} as const;

import type { ArgMap } from '../model/map';
import { applyChange, type Change, invertChange } from './change';
import { carrySavedSize } from './savedSize';

/** How many changes Undo can take back. */
export const HISTORY_LIMIT = 500;

/**
 * Undo and redo stacks of changes. Each entry carries a serial number, so "the document is as saved"
 * is a comparison of serials rather than of documents.
 */
export interface History {
  undo: ReadonlyArray<HistoryEntry>;
  redo: ReadonlyArray<HistoryEntry>;
  nextSerial: number;
}
export interface HistoryEntry {
  serial: number;
  change: Change;
}

export const emptyHistory: History = { undo: [], redo: [], nextSerial: 1 };

/** The serial of the change the document currently reflects (0: the document as loaded). */
export function currentSerial(history: History): number {
  return history.undo.at(-1)?.serial ?? 0;
}

export function record(history: History, change: Change): History {
  const undo = [...history.undo, { serial: history.nextSerial, change }];
  return { undo: undo.slice(-HISTORY_LIMIT), redo: [], nextSerial: history.nextSerial + 1 };
}

export function undo(map: ArgMap, history: History): { map: ArgMap; history: History } | null {
  const entry = history.undo.at(-1);
  if (!entry) return null;
  const inverse = invertChange(entry.change);
  const next = applyChange(map, inverse);
  carrySavedSize(map, inverse, next);
  return {
    map: next,
    history: { ...history, undo: history.undo.slice(0, -1), redo: [...history.redo, entry] },
  };
}

export function redo(map: ArgMap, history: History): { map: ArgMap; history: History } | null {
  const entry = history.redo.at(-1);
  if (!entry) return null;
  const next = applyChange(map, entry.change);
  carrySavedSize(map, entry.change, next);
  return {
    map: next,
    history: { ...history, undo: [...history.undo, entry], redo: history.redo.slice(0, -1) },
  };
}

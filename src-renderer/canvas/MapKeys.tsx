import { MAP_KEYS_ID } from './useCardFocus';

/** The canvas's keys, said by a screen reader on entering the map (its aria-describedby). */
export const MAP_KEYS =
  'Arrow keys move between nodes: Up to the claim, Down to the first reason, Left and Right between sibling reasons. ' +
  'Close and open brackets go to the next and previous node in reading order. L steps through the selected node’s links. ' +
  'Enter edits the text. P, C, R, Q and N add a premise, counterpoint, rebuttal, quote or note. ' +
  'Minus folds a claim’s reasons away and Equals unfolds them; F focuses on a claim. ' +
  'Delete removes the selection. F6 moves to the next region; Tab leaves the map.';

export function MapKeys() {
  return (
    <p id={MAP_KEYS_ID} className="visually-hidden">
      {MAP_KEYS}
    </p>
  );
}

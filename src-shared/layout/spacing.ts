/** Space between neighbours side by side (siblings, columns, subtrees). */
export const SIBLING_GAP = 40;
/** Space between a claim and the row of its reasons. */
export const LAYER_GAP = 60;
/** Space between cards stacked in one column beneath their claim. */
export const STACK_GAP = 20;
/** Space between two rows of a claim's subtrees, once they wrap. */
export const ROW_GAP = 60;
/** The tallest a column of stacked reasons grows before the next column starts. */
export const COLUMN_HEIGHT = 440;

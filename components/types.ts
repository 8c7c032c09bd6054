/** Scrolls the reader view to a passage of a paragraph and highlights it. */
export type SelectPassage = (paragraphId: string, text: string) => void;

import type { ComponentChildren } from 'preact';

interface Props {
  onSelect: () => void;
  /** A tooltip only: the entry's visible text is its accessible name. */
  hint: string;
  children: ComponentChildren;
}

/** A list entry that takes the reader to its place in the article. */
export function EntryButton({ onSelect, hint, children }: Props) {
  return (
    <button type="button" class="entry" onClick={onSelect} title={hint}>
      {children}
    </button>
  );
}

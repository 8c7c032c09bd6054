import type { ComponentChildren } from 'preact';

interface Props {
  onSelect: () => void;
  label: string;
  children: ComponentChildren;
}

/** A list entry that takes the reader to its place in the article. */
export function EntryButton({ onSelect, label, children }: Props) {
  return (
    <button type="button" class="entry" onClick={onSelect} aria-label={label} title={label}>
      {children}
    </button>
  );
}

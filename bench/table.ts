/** Plain-text tables: right-aligned numbers, left-aligned text, two spaces between columns. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const numeric = header.map(
    (_, i) =>
      rows.length > 0 &&
      rows.every((r) => typeof r[i] === 'number' || /^[-\d.,]+( ?(ms|x|KB|MB|%))?$|^-$/.test(String(r[i]))),
  );
  return cells
    .map((r) =>
      r
        .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function ms(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value)
    ? '-'
    : value >= 100
      ? value.toFixed(0)
      : value.toFixed(1);
}

export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

export function ratio(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '-' : `${value.toFixed(2)}x`;
}

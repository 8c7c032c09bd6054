/** A gazetteer entry as the generator builds it: a name, its aliases, and the packages naming it. */
export interface Entry {
  canonical: string;
  aliases: Set<string>;
  sources: Set<string>;
}

/**
 * Folds a single-word name that is another name's alias into that name ("Deere" into "John
 * Deere"), unless several names share the alias (then none keeps it), or the word is a name in
 * its own right: one that a package listing whole names gives (a brand's own title, an
 * organisation in a lexicon), not only a word list of the parts of names. "Yamaha" is not short
 * for "Yamaha Motor", nor "Virgin" for "Virgin Media": the parent keeps its own name, and the
 * longer name loses the alias. `partsOnly` names the sources that list only parts of names.
 */
export function foldAliases(entries: Map<string, Entry>, partsOnly: ReadonlySet<string>): void {
  const owners = new Map<string, string[]>();
  for (const e of entries.values()) for (const a of e.aliases) owners.set(a, [...(owners.get(a) ?? []), e.canonical]);
  for (const [alias, names] of owners) {
    const own = entries.get(alias);
    const standsAlone = own !== undefined && [...own.sources].some((s) => !partsOnly.has(s));
    if (names.length > 1 || standsAlone) {
      for (const n of names) entries.get(n)!.aliases.delete(alias);
      continue;
    }
    if (own && own.aliases.size === 0) entries.delete(alias);
  }
}

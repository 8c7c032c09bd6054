/**
 * The content script WXT builds from entrypoints/reader.content.ts, as the scripting API names
 * it: injected on demand and registered on the sites the reader always reads in Lede.
 */
export const READER_SCRIPT = '/content-scripts/reader.js';

/** The Markdown converter (entrypoints/markdown.content.ts), injected at the first "Copy as Markdown". */
export const MARKDOWN_SCRIPT = '/content-scripts/markdown.js';

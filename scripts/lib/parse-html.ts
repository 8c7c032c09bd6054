import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A saved page as Lede's Node tools read it (the CLI, the benchmark, the tests), at `url`
 * (about:blank without one). Page scripts never run, jsdom's default; its console is silenced,
 * as its CSS warnings are noise here. Node-only: the pipeline itself takes any DOM.
 */
export function parseHtml(html: string, url?: string): JSDOM {
  const options = { url, virtualConsole: new VirtualConsole() };
  try {
    return new JSDOM(html, options);
  } catch {
    // jsdom's CSS parser throws on some pages' inline styles (template syntax left in them);
    // a browser would ignore the rule. Styles do not matter to the pipeline: read it without.
    return new JSDOM(withoutStyles(html), options);
  }
}

function withoutStyles(html: string): string {
  return html.replace(/<style\b[\s\S]*?<\/style>/gi, '').replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '');
}

/** A stretch of a paragraph between quotation marks. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or the paragraph's end when it never closes). */
  close: number;
  text: string;
  /** No closing mark: the quote carries on into the next paragraph. */
  unclosed: boolean;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‹': '›', '"': '"' };
/** Two right single marks, which some newsroom systems set for a closing double one. */
const PAIRED_CLOSE = '’’';

/**
 * Finds the quoted stretches of a paragraph: curly, straight and guillemet double marks, and
 * single curly marks in prose that uses them for quotes (British style), where apostrophes
 * ("it’s", "Lowe’s") must not be taken for closing marks.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans = findDouble(text);
  return spans.length ? spans : findSingle(text);
}

function findDouble(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const closeMark = PAIRS[ch];
    // A straight mark opens only where a quote can start: not inside a word ("12" screen").
    if (!closeMark || (ch === '"' && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!))) {
      i++;
      continue;
    }
    const j = closingMark(text, ch, closeMark, i + 1);
    // A new opening mark before the closing one: this quote ran on without closing.
    const reopen = ch === '“' ? text.indexOf('“', i + 1) : -1;
    if (j === -1 || (reopen !== -1 && reopen < j)) {
      const end = reopen !== -1 ? reopen : text.length;
      spans.push(make(text, i, end, true));
      i = end;
      continue;
    }
    // A pair of right single marks closing a double quote (“…,’’ Hale said) ends it at the second.
    const pair = text.startsWith(PAIRED_CLOSE, j) ? PAIRED_CLOSE.length - 1 : 0;
    spans.push(make(text, i, j + 1 + pair, false, pair));
    i = j + 1 + pair;
  }
  return spans;
}

/**
 * Where a quote opened at `from` closes. Newsroom systems mix curly and straight marks
 * (“…," Menear said), so a double quote closes at either; a straight mark followed by a
 * letter ("12"screen") is not a closing one.
 */
function closingMark(text: string, open: string, close: string, from: number): number {
  const double = open === '“' || open === '"';
  const marks = double ? ['”', '"'] : [close];
  for (let j = from; j < text.length; j++) {
    if (double && text.startsWith(PAIRED_CLOSE, j)) return j;
    if (!marks.includes(text[j]!)) continue;
    if (text[j] === '"' && j + 1 < text.length && /[\p{L}\p{N}]/u.test(text[j + 1]!)) continue;
    return j;
  }
  return -1;
}

function findSingle(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const re = /(^|[\s([—–-])‘/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const open = m.index + m[1]!.length;
    const close = /’(?=[\s,.;:!?)\]—–-]|$)/g;
    close.lastIndex = open + 1;
    let end = -1;
    for (let c = close.exec(text); c; c = close.exec(text)) {
      // "the companies’ results": a plural possessive, not the end of the quote.
      if (
        /s$/.test(text.slice(open, c.index)) &&
        /^\s+\p{Ll}/u.test(text.slice(c.index + 1)) &&
        !/[,.!?]$/.test(text.slice(open, c.index))
      )
        continue;
      end = c.index;
      break;
    }
    if (end === -1) continue;
    spans.push(make(text, open, end + 1, false));
    re.lastIndex = end + 1;
  }
  return spans;
}

function make(text: string, open: number, close: number, unclosed: boolean, extra = 0): QuoteSpan {
  const inner = text.slice(open + 1, unclosed ? close : close - 1 - extra);
  return {
    open,
    close,
    text: inner
      .trim()
      .replace(/[,;:]+$/, '')
      .trim(),
    unclosed,
  };
}

import type { Article, Company, Insights, Quote } from '../types';
import { readText, type TextDoc } from '../text/document';
import { findPeople } from './people';
import { findCompanies } from './companies';
import { findQuotes } from './quotes';
import { findClaims } from './claims';
import { extractiveSummary } from './summary';

/** The part of an article the text stage reads. */
export type ArticleText = Pick<Article, 'paragraphs'>;

/**
 * The text stage: companies, quotes with speakers, claims and a summary, from the article's
 * paragraphs alone. Needs no DOM, so it runs off the page's thread and in Node alike.
 */
export function analyzeText(article: ArticleText): Insights {
  const { doc, companies, quotes } = readQuotes(article);
  const claims = findClaims(doc, quotes, companies);
  const position = new Map(article.paragraphs.map((p, i) => [p.id, i]));
  const summary = extractiveSummary(claims, (c) => position.get(c.paragraphId ?? '') ?? 0);
  return { companies, quotes, claims, summary };
}

/**
 * The text stage up to the quotes: what claims are ranked from (scripts/fit-claims.ts reads
 * the training pages through it too, so the ranker is fitted on what the product sees).
 */
export function readQuotes(article: ArticleText): { doc: TextDoc; companies: Company[]; quotes: Quote[] } {
  const doc = readText(article.paragraphs);
  const people = findPeople(doc);
  const { companies, companyOf } = findCompanies(doc, people);
  const quotes = findQuotes(doc, people, { companyOf });
  return { doc, companies, quotes };
}

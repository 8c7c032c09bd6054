import type { Article, Insights } from '../types';

/** One article's full result, in the format of the evaluation kit (`analyze --json`). */
export type Report = Omit<Article, 'paragraphs'> & Insights & { paragraphs: Article['paragraphs'] };

export function buildReport(article: Article, insights: Insights): Report {
  return { ...article, ...insights };
}

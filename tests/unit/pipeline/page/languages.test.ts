import { describe, expect, it } from 'vitest';
import { articleFrom } from '../../../helpers/dom';
import { analyzeText } from '../../../../utils/pipeline/insights';

const arabic = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>قال المتحدث باسم الوزارة يوم الثلاثاء إن الحكومة ستنفق ملياري دولار على مشاريع الطرق الجديدة في المرحلة ${i + 1} من الخطة، وإن العمل سيبدأ في الربيع المقبل بعد موافقة البرلمان على الميزانية.</p>`,
).join('\n');

describe('pages in other scripts', () => {
  it('keeps a right-to-left article, its language and direction', () => {
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><title>خطة الطرق الجديدة</title></head><body><article><h1>خطة الطرق الجديدة</h1>${arabic}</article></body></html>`;
    const article = articleFrom(html);
    expect(article.dir).toBe('rtl');
    expect(article.lang).toBe('ar');
    expect(article.text).toContain('ملياري دولار');
    // The text stage's English cues find nothing to list, and do not break.
    const insights = analyzeText(article);
    expect(insights.quotes).toEqual([]);
    expect(insights.companies).toEqual([]);
  });
});

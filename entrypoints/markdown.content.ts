import { defineContentScript } from 'wxt/utils/define-content-script';
import { articleToMarkdown } from '../utils/pipeline/format/article-markdown';
import { provideMarkdown } from '../utils/content/markdown';

/** Injected by the background at the reader's first "Copy as Markdown" (see ../utils/content/markdown). */
export default defineContentScript({
  registration: 'runtime',
  main() {
    provideMarkdown(articleToMarkdown);
  },
});

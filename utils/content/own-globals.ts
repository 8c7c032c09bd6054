/**
 * The page's elements are names on the content script's global too (Chrome's isolated world
 * sees them). With `<form id="browser"><input name="runtime" id="x">` on the page, the browser
 * polyfill's test `globalThis.browser?.runtime?.id` passes on the form, and Lede would talk to
 * it instead of the extension API; with `<form id="chrome">` as well, Chrome does not even make
 * its own objects, it hangs the APIs on the page's form (where the form's inputs hide them).
 * Before anything loads the polyfill, `chrome` and `browser` become the content script's own
 * properties: the real API objects, or nothing. Firefox's are its own already.
 */
const fromPage = (value: unknown): value is Element => value instanceof Element;

const scope = globalThis as unknown as Record<string, unknown>;
const chromeApi = scope.chrome;
if (fromPage(chromeApi)) own('chrome', apisOn(chromeApi));
if (fromPage(scope.browser) || !Object.prototype.hasOwnProperty.call(globalThis, 'browser')) {
  own('browser', fromPage(scope.browser) ? undefined : scope.browser);
}

function own(name: string, value: unknown): void {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}

/** The extension APIs Chrome put on a page's element, read with the element's named children out of the way for a moment. */
function apisOn(el: Element): Record<string, unknown> {
  const children = el instanceof HTMLFormElement ? Array.from(el.elements) : [];
  const names = children.map((c) => [c, c.getAttribute('id'), c.getAttribute('name')] as const);
  for (const [c] of names) {
    c.removeAttribute('id');
    c.removeAttribute('name');
  }
  try {
    const apis: Record<string, unknown> = {};
    for (const key of Object.getOwnPropertyNames(el)) if (!/^\d+$/.test(key)) apis[key] = (el as never)[key];
    return apis;
  } finally {
    for (const [c, id, name] of names) {
      if (id !== null) c.setAttribute('id', id);
      if (name !== null) c.setAttribute('name', name);
    }
  }
}

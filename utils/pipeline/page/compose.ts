/**
 * A copy of the page as the reader sees it. `cloneNode` copies the light DOM only, so an article
 * rendered by web components (its text inside shadow roots) would reach Readability as empty
 * hosts. Here each shadow host in the copy gets its composed tree: the shadow root's content,
 * with every <slot> replaced by the host's children assigned to it.
 */

/** The shadow root of a host, if Lede can see it. The extension also sees closed ones. */
export type ShadowRootOf = (el: Element) => ParentNode | null;

export const openShadowRoot: ShadowRootOf = (el) => el.shadowRoot;

function isShadowTemplate(el: Element): boolean {
  return el.localName === 'template' && (el.hasAttribute('shadowrootmode') || el.hasAttribute('shadowroot'));
}

/**
 * Declarative shadow roots still in their <template shadowrootmode>: a saved page parsed outside
 * a browser, where the parser attached none. (A browser has already turned them into roots.)
 */
function declarativeRoots(doc: Document): Map<Element, ParentNode> {
  const roots = new Map<Element, ParentNode>();
  const templates = doc.getElementsByTagName('template');
  for (let i = 0; i < templates.length; i++) {
    const template = templates[i]!;
    const host = template.parentElement;
    if (host && isShadowTemplate(template) && !roots.has(host))
      roots.set(host, (template as HTMLTemplateElement).content);
  }
  return roots;
}

/** Clones `doc`, with every shadow host's composed tree in place of its light children. */
export function cloneComposed(doc: Document, shadowRootOf: ShadowRootOf = openShadowRoot): Document {
  const clone = doc.cloneNode(true) as Document;
  const declarative = declarativeRoots(doc);
  const rootOf: ShadowRootOf = declarative.size
    ? (el) => shadowRootOf(el) ?? declarative.get(el) ?? null
    : shadowRootOf;
  const live = elements(doc);
  const hosts = live.filter((el) => rootOf(el) !== null);
  if (!hosts.length) return clone;
  // The clone has the same elements in the same order: the n-th element there is the n-th here.
  const copies = elements(clone);
  const index = new Map(live.map((el, i) => [el, i]));
  const composer = new Composer(clone, rootOf);
  // Nested hosts are composed with their outermost host, and their copies are then detached.
  const targets = hosts.map((host) => copies[index.get(host)!]!);
  hosts.forEach((host, i) => {
    if (targets[i]!.isConnected) targets[i]!.replaceChildren(...composer.shadowChildren(host));
  });
  return clone;
}

/**
 * The page as the reader sees it, as HTML, for a DOM elsewhere (a worker's) to read: a copy
 * is composed only when the page has shadow roots, as a plain page serialises as it is.
 */
export function serializeComposed(doc: Document, shadowRootOf: ShadowRootOf = openShadowRoot): string {
  const composed = elements(doc).some((el) => shadowRootOf(el) !== null) ? cloneComposed(doc, shadowRootOf) : doc;
  return composed.documentElement.outerHTML;
}

/** Every element in document order, by a TreeWalker: jsdom's live collections are slow to walk. */
function elements(doc: Document): Element[] {
  const all: Element[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, 0x1 /* elements */);
  for (let node = walker.currentNode; node; node = walker.nextNode()!) all.push(node as Element);
  return all;
}

/** The shadow tree a node belongs to: its host, and the tree that host itself belongs to. */
interface Tree {
  host: Element;
  outer: Tree | null;
}

class Composer {
  private readonly rootOf: ShadowRootOf;

  constructor(
    private readonly target: Document,
    rootOf: ShadowRootOf,
  ) {
    // Inside a declarative root's template, nested ones are still templates too.
    this.rootOf = (el) => rootOf(el) ?? nestedDeclarativeRoot(el);
  }

  /** What a host shows: its shadow tree, its slots filled from its light children. */
  shadowChildren(host: Element, outer: Tree | null = null): Node[] {
    const tree: Tree = { host, outer };
    return Array.from(this.rootOf(host)!.childNodes).flatMap((node) => this.compose(node, tree));
  }

  private compose(node: Node, tree: Tree | null): Node[] {
    if (node.nodeType === 3) return [this.target.importNode(node, false)];
    if (node.nodeType !== 1) return [];
    const el = node as Element;
    if (el.tagName === 'SLOT' && tree) return this.fillSlot(el, tree);
    if (el.tagName === 'STYLE' || isShadowTemplate(el)) return [];
    const copy = this.target.importNode(el, false) as Element;
    const children = this.rootOf(el)
      ? this.shadowChildren(el, tree)
      : Array.from(el.childNodes).flatMap((child) => this.compose(child, tree));
    copy.append(...children);
    return [copy];
  }

  /** A slot shows the host's children assigned to it, or its own fallback content. */
  private fillSlot(slot: Element, tree: Tree): Node[] {
    const name = slot.getAttribute('name') ?? '';
    const assigned = Array.from(tree.host.childNodes).filter(
      (child) => slotOf(child) === name && !(child.nodeType === 1 && isShadowTemplate(child as Element)),
    );
    const filled = assigned.some((child) => child.nodeType === 1 || (child.textContent ?? '').trim());
    // Assigned children belong to the tree the host sits in, so their own slots are that tree's.
    return filled
      ? assigned.flatMap((child) => this.compose(child, tree.outer))
      : Array.from(slot.childNodes).flatMap((child) => this.compose(child, tree));
  }
}

function nestedDeclarativeRoot(el: Element): ParentNode | null {
  const first = el.firstElementChild;
  return first && isShadowTemplate(first) ? (first as HTMLTemplateElement).content : null;
}

function slotOf(node: Node): string {
  return node.nodeType === 1 ? ((node as Element).getAttribute('slot') ?? '') : '';
}

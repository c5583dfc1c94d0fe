import { TextNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedTextNode, type Spread } from 'lexical';

export type SerializedSourceTextNode = Spread<{ start: number }, SerializedTextNode>;

/**
 * A run of the source text that knows where it starts in the stored text (UTF-16 units). This is
 * how an editor selection becomes offsets: node start + offset in the node. Its own type keeps
 * Lexical from merging neighbouring runs, which would lose the starts.
 */
export class SourceTextNode extends TextNode {
  __start: number;

  static override getType(): string {
    return 'source-text';
  }

  static override clone(node: SourceTextNode): SourceTextNode {
    return new SourceTextNode(node.__text, node.__start, node.__key);
  }

  static override importJSON(json: SerializedSourceTextNode): SourceTextNode {
    return $createSourceTextNode(json.text, json.start);
  }

  constructor(text: string, start: number, key?: NodeKey) {
    super(text, key);
    this.__start = start;
  }

  override exportJSON(): SerializedSourceTextNode {
    return { ...super.exportJSON(), type: 'source-text', start: this.__start };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.dataset.start = String(this.__start);
    return dom;
  }

  override updateDOM(prev: this, dom: HTMLElement, config: EditorConfig): boolean {
    dom.dataset.start = String(this.__start);
    return super.updateDOM(prev, dom, config);
  }

  getStart(): number {
    return this.getLatest().__start;
  }
}

export function $createSourceTextNode(text: string, start: number): SourceTextNode {
  return new SourceTextNode(text, start);
}

export function $isSourceTextNode(node: LexicalNode | null | undefined): node is SourceTextNode {
  return node instanceof SourceTextNode;
}

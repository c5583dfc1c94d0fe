import { ElementNode, type ElementDOMSlot, type LexicalNode, type NodeKey, type SerializedElementNode, type Spread } from 'lexical';

/** What the head of a turn shows; labels come translated, so the node needs no i18n. */
export interface TurnHead {
  /** Index of the block in the document (message order, or paragraph number). */
  index: number;
  start: number;
  end: number;
  speaker: string | null;
  role: string | null;
  roleLabel: string | null;
  /** The time as shown, e.g. "00:01:07,250–00:01:09,000" for a subtitle cue. */
  timestamp: string | null;
  /** What the time is, for its tooltip (e.g. "Start and end in the recording"); null for none. */
  timestampLabel?: string | null;
  delayLabel: string | null;
  /** Set when the reply came later than the project's answer deadline. */
  lateLabel: string | null;
  codeTurnLabel: string;
}

export type SerializedTurnNode = Spread<{ head: TurnHead }, SerializedElementNode>;

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

/**
 * One message of a dialogue or one turn/paragraph of a transcript. The head (speaker, role,
 * delay) is drawn outside the editable slot: it is not source text and cannot be selected.
 */
export class TurnNode extends ElementNode {
  __head: TurnHead;

  static override getType(): string {
    return 'turn';
  }

  static override clone(node: TurnNode): TurnNode {
    return new TurnNode(node.__head, node.__key);
  }

  static override importJSON(json: SerializedTurnNode): TurnNode {
    return $createTurnNode(json.head);
  }

  constructor(head: TurnHead, key?: NodeKey) {
    super(key);
    this.__head = head;
  }

  override exportJSON(): SerializedTurnNode {
    return { ...super.exportJSON(), type: 'turn', head: this.__head };
  }

  override createDOM(): HTMLElement {
    const h = this.__head;
    const turn = document.createElement('div');
    turn.className = `turn${h.role ? ` role-${h.role}` : ''}`;
    turn.dataset.turn = String(h.index);
    turn.dataset.start = String(h.start);
    turn.dataset.end = String(h.end);
    if (h.speaker !== null || h.timestamp !== null || h.delayLabel !== null) {
      const head = document.createElement('div');
      head.className = 'turn-head';
      head.contentEditable = 'false';
      if (h.speaker !== null) head.append(span('turn-speaker', h.speaker || '—'));
      if (h.roleLabel) head.append(span('badge', h.roleLabel));
      if (h.timestamp) {
        const time = span('muted turn-time', h.timestamp);
        if (h.timestampLabel) time.title = h.timestampLabel;
        head.append(time);
      }
      if (h.delayLabel) head.append(span(h.lateLabel ? 'delay is-late' : 'delay', h.delayLabel + (h.lateLabel ? ` · ${h.lateLabel}` : '')));
      const code = document.createElement('button');
      code.type = 'button';
      code.className = 'turn-code';
      code.dataset.codeTurn = String(h.index);
      code.textContent = h.codeTurnLabel;
      code.tabIndex = -1;
      head.append(code);
      turn.append(head);
    }
    const body = document.createElement('p');
    body.className = 'turn-text';
    turn.append(body);
    return turn;
  }

  override updateDOM(prev: TurnNode): boolean {
    return JSON.stringify(prev.__head) !== JSON.stringify(this.__head);
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    return super.getDOMSlot(element).withElement(element.querySelector<HTMLElement>('.turn-text') ?? element);
  }

  getHead(): TurnHead {
    return this.getLatest().__head;
  }

  setHead(head: TurnHead): this {
    const self = this.getWritable();
    self.__head = head;
    return self;
  }

  override canBeEmpty(): boolean {
    return true;
  }

  override isShadowRoot(): boolean {
    return false;
  }
}

export function $createTurnNode(head: TurnHead): TurnNode {
  return new TurnNode(head);
}

export function $isTurnNode(node: LexicalNode | null | undefined): node is TurnNode {
  return node instanceof TurnNode;
}

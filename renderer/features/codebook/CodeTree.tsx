import { useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Id } from '../../../shared/model';
import type { CodeNode } from '../../../shared/codebook/tree';
import { plannedDrop, visibleNodes, type DropPosition, type MoveDirection, type Placement } from '../../../shared/codebook/tree-moves';

export interface CodeTally {
  codings: number;
  sources: number;
  /** With the sub-codes' codings and sources included. */
  totalCodings: number;
  totalSources: number;
}

const dragType = 'application/x-kodebok-code';

/**
 * The codebook as an ARIA tree: one tab stop; arrow keys walk it (Right opens, Left closes or goes
 * to the parent), Home/End jump, Enter or F2 edits the code, Delete asks to delete it. Alt+arrows
 * move the code (up/down among its siblings, right into the code above, left out of its parent).
 * Codes can also be dragged onto another code (into it) or between two (reordered). The rows are
 * one flat list with aria-level, so moving a code never rebuilds the list around the focus.
 */
export function CodeTree(props: {
  tree: CodeNode[];
  label: string;
  selectedId: Id | null;
  collapsed: ReadonlySet<Id>;
  tallies: Map<Id, CodeTally>;
  pinKeys: Map<Id, string>;
  onSelect: (id: Id) => void;
  onToggle: (id: Id, open: boolean) => void;
  onEdit: (id: Id) => void;
  onDelete: (id: Id) => void;
  onKeyboardMove: (id: Id, direction: MoveDirection) => void;
  onDrop: (id: Id, placement: Placement) => void;
  /** Bumped to put the keyboard focus on the selected code (e.g. after deleting the focused one). */
  focusRequest?: number;
}) {
  const { t } = useTranslation();
  const treeRef = useRef<HTMLUListElement>(null);
  const focusInside = useRef(false);
  /** When the last keyboard move or drop happened: the moved row gets its focus back after it. */
  const moving = useRef(0);
  const [drag, setDrag] = useState<{ id: Id; over: Id | null; position: DropPosition | null } | null>(null);
  const expanded = new Set<Id>();
  const walk = (list: CodeNode[]) =>
    list.forEach((n) => {
      if (n.children.length > 0 && !props.collapsed.has(n.code.id)) expanded.add(n.code.id);
      walk(n.children);
    });
  walk(props.tree);
  const visible = visibleNodes(props.tree, expanded);
  const focusable = props.selectedId && visible.some((n) => n.code.id === props.selectedId) ? props.selectedId : visible[0]?.code.id;

  const parentOf = new Map<Id, Id | null>();
  const collect = (list: CodeNode[], parent: Id | null) =>
    list.forEach((n) => {
      parentOf.set(n.code.id, parent);
      collect(n.children, n.code.id);
    });
  collect(props.tree, null);

  const focusRow = (id: Id) => treeRef.current?.querySelector<HTMLElement>(`[data-code-id="${CSS.escape(id)}"]`)?.focus();

  // A moved row is re-inserted in the list, which drops its focus: give it back, but only right
  // after a move and only if focus went nowhere else. A focus request waits until its row is shown.
  const handledRequest = useRef(props.focusRequest ?? 0);
  useLayoutEffect(() => {
    if (!props.selectedId) return;
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if ((props.focusRequest ?? 0) !== handledRequest.current) {
      if (lost && treeRef.current?.querySelector(`[data-code-id="${CSS.escape(props.selectedId)}"]`)) {
        handledRequest.current = props.focusRequest ?? 0;
        focusRow(props.selectedId);
      }
      return;
    }
    if (focusInside.current && performance.now() - moving.current < 3000 && lost) focusRow(props.selectedId);
  });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, node: CodeNode) => {
    const id = node.code.id;
    const index = visible.findIndex((n) => n.code.id === id);
    const go = (target: CodeNode | undefined) => {
      if (!target) return;
      props.onSelect(target.code.id);
      focusRow(target.code.id);
    };
    const hasChildren = node.children.length > 0;
    if (e.altKey && !e.ctrlKey && !e.metaKey) {
      const direction = ({ ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'in', ArrowLeft: 'out' } as const)[e.key as 'ArrowUp'];
      if (direction) {
        e.preventDefault();
        moving.current = e.timeStamp;
        props.onKeyboardMove(id, direction);
      }
      return;
    }
    if (e.ctrlKey || e.metaKey) return;
    switch (e.key) {
      case 'ArrowDown':
        go(visible[index + 1]);
        break;
      case 'ArrowUp':
        go(visible[index - 1]);
        break;
      case 'Home':
        go(visible[0]);
        break;
      case 'End':
        go(visible[visible.length - 1]);
        break;
      case 'ArrowRight':
        if (hasChildren && !expanded.has(id)) props.onToggle(id, true);
        else if (hasChildren) go(node.children[0]);
        else return;
        break;
      case 'ArrowLeft': {
        if (hasChildren && expanded.has(id)) props.onToggle(id, false);
        else {
          const parent = parentOf.get(id);
          if (parent) {
            props.onSelect(parent);
            focusRow(parent);
          } else return;
        }
        break;
      }
      case 'Enter':
      case 'F2':
        props.onEdit(id);
        break;
      case 'Delete':
        props.onDelete(id);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const positionFor = (e: DragEvent<HTMLElement>): DropPosition => {
    const box = e.currentTarget.getBoundingClientRect();
    const y = (e.clientY - box.top) / Math.max(box.height, 1);
    return y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'inside';
  };

  const siblingsOf = new Map<Id, CodeNode[]>();
  const remember = (list: CodeNode[]) =>
    list.forEach((n) => {
      siblingsOf.set(n.code.id, list);
      remember(n.children);
    });
  remember(props.tree);

  const renderNode = (node: CodeNode) => {
    const { code } = node;
    const siblings = siblingsOf.get(code.id) ?? [node];
    const tally = props.tallies.get(code.id);
    const isOpen = expanded.has(code.id);
    const hasChildren = node.children.length > 0;
    const pin = props.pinKeys.get(code.id);
    const dropHere = drag && drag.over === code.id ? drag.position : null;
    const selected = props.selectedId === code.id;
    return (
      <li
        key={code.id}
        role="treeitem"
        aria-level={node.depth + 1}
        aria-setsize={siblings.length}
        aria-posinset={siblings.indexOf(node) + 1}
        aria-selected={selected}
        aria-expanded={hasChildren ? isOpen : undefined}
        tabIndex={focusable === code.id ? 0 : -1}
        data-code-id={code.id}
        className={`code-row${selected ? ' is-selected' : ''}${dropHere ? ` drop-${dropHere}` : ''}`}
        style={{ paddingLeft: `${0.4 + node.depth * 1.4}rem` }}
        draggable
        onKeyDown={(e) => onKeyDown(e, node)}
        onFocus={() => {
          focusInside.current = true;
          if (!selected) props.onSelect(code.id);
        }}
        onClick={() => props.onSelect(code.id)}
        onDragStart={(e) => {
          e.dataTransfer.setData(dragType, code.id);
          e.dataTransfer.effectAllowed = 'move';
          setDrag({ id: code.id, over: null, position: null });
        }}
        onDragEnd={() => setDrag(null)}
        onDragOver={(e) => {
          if (!drag) return;
          const position = positionFor(e);
          if (!plannedDrop(props.tree, drag.id, code.id, position)) {
            if (drag.over !== null) setDrag({ ...drag, over: null, position: null });
            return;
          }
          e.preventDefault();
          e.dataTransfer.dropEffect = 'move';
          if (drag.over !== code.id || drag.position !== position) setDrag({ ...drag, over: code.id, position });
        }}
        onDragLeave={() => {
          if (drag?.over === code.id) setDrag({ ...drag, over: null, position: null });
        }}
        onDrop={(e) => {
          e.preventDefault();
          const dragged = e.dataTransfer.getData(dragType) || drag?.id;
          setDrag(null);
          if (!dragged) return;
          const placement = plannedDrop(props.tree, dragged, code.id, positionFor(e));
          if (placement) {
            moving.current = e.timeStamp;
            props.onDrop(dragged, placement);
          }
        }}
      >
        {hasChildren ? (
          <span
            className="code-twisty"
            aria-hidden="true"
            onClick={(e) => {
              e.stopPropagation();
              props.onToggle(code.id, !isOpen);
            }}
          >
            {isOpen ? '▾' : '▸'}
          </span>
        ) : (
          <span className="code-twisty" aria-hidden="true" />
        )}
        <span className="code-swatch" style={{ background: code.color }} aria-hidden="true" />
        {/* The row's accessible name comes from this text: "Tydelig, number key 1, 3 codings · 2 sources". */}
        <span className="code-label">
          <span className="code-name">{code.name}</span>
          {pin && (
            <span className="code-pin" title={t('codebook.pinnedKey', { key: pin })}>
              <span className="visually-hidden">, {t('codebook.pinnedKey', { key: pin })}</span>
              <span aria-hidden="true">{pin}</span>
            </span>
          )}
          <span className="code-counts">
            <span className="visually-hidden">, </span>
            {tally ? countText(t, tally, hasChildren) : '…'}
          </span>
        </span>
      </li>
    );
  };

  return (
    <ul
      role="tree"
      aria-label={props.label}
      className="code-tree"
      ref={treeRef}
      onBlur={(e) => {
        // Focus that goes somewhere else on purpose leaves the tree; focus lost because the
        // focused row was re-ordered (relatedTarget null) is given back below.
        if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget as Node)) focusInside.current = false;
      }}
    >
      {visible.map(renderNode)}
    </ul>
  );
}

function countText(t: TFunction, tally: CodeTally, hasChildren: boolean): string {
  const own = `${t('codebook.codings', { count: tally.codings })} · ${t('codebook.sources', { count: tally.sources })}`;
  if (!hasChildren || (tally.totalCodings === tally.codings && tally.totalSources === tally.sources)) return own;
  return `${own} (${t('codebook.withSubCodes', { codings: t('codebook.codings', { count: tally.totalCodings }) })})`;
}

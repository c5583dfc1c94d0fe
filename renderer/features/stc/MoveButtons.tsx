/**
 * The ↑ / ↓ pair that moves an item one place in its list (themes, code groups, subgroups, golden
 * quotes), with labels that name the item for a screen reader; the ends of the list turn one off.
 */
export function MoveButtons(props: {
  className: string;
  upLabel: string;
  downLabel: string;
  first: boolean;
  last: boolean;
  onMove: (direction: -1 | 1) => void;
}) {
  return (
    <>
      <button type="button" className={props.className} aria-label={props.upLabel} disabled={props.first} onClick={() => props.onMove(-1)}>
        ↑
      </button>
      <button type="button" className={props.className} aria-label={props.downLabel} disabled={props.last} onClick={() => props.onMove(1)}>
        ↓
      </button>
    </>
  );
}

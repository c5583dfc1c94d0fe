import type { Id } from '../../../shared/model';
import { routeHref } from '../../services/routes';

/** The link that opens a source with a passage selected, as retrieval's segment links do. */
export function passageHref(span: { sourceId: Id; start: number; end: number }): string {
  return `${routeHref('sources', span.sourceId)}?at=${span.start}-${span.end}`;
}

import type { TFunction } from 'i18next';
import type { MaterialCount } from '../../../shared/stc/counts';

/** "12 meningsbærende enheter fra 6 av 8 kilder": how much material stands behind a group or subgroup. */
export function materialCountText(t: TFunction, count: MaterialCount, totalSources: number): string {
  return t('stc.counts', { count: count.meaningUnits, sources: count.sources, total: totalSources });
}

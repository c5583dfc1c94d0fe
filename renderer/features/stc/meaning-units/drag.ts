/** What a dragged meaning unit carries: a JSON list of unit ids (the selection when the unit is in it). */
export const unitMime = 'application/x-kodebok-meaning-units';

export function draggedUnitIds(data: DataTransfer): string[] {
  try {
    const ids: unknown = JSON.parse(data.getData(unitMime) || '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

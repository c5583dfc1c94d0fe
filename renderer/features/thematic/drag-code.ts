/** The drag-and-drop type a code carries from the codes panel to a theme on the map. */
export const codeDragType = 'application/x-kodebok-code';

/** Names compare as people read them: case, surrounding space and Unicode form do not matter. */
export function nameKey(name: string | undefined): string {
  return String(name ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
}

/** A code path ("Grensearbeid/Tydelig") compared the same way, segment by segment. */
export function pathKey(path: string): string {
  return path.split('/').map(nameKey).join('/');
}

/** A sentence fragment for a failed file operation, without the OS's path-laden message. */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'the file or folder does not exist (was it moved or deleted?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission was denied (check that you may write there and that no other program has the file locked)';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EBUSY':
      return 'the file is in use by another program';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

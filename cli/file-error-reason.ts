/** Why a file could not be read, in one line that says what to do. */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file. Check the path.';
  if (code === 'EISDIR') return 'this is a folder, not a file. Give the path of a project backup.';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied. Check that you may read the file.';
  return `cannot read the file (${error instanceof Error ? error.message : String(error)}).`;
}

/** An instance name as a file-name fragment: unsafe characters become '-', empty is 'default'. */
export function fileSlug(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'default';
}

/** Whether `contentType` is on the allow-list, whose entries may end in `/*` (e.g. `image/*`). */
export function contentTypeAllowed(contentType: string, allowList: readonly string[]): boolean {
  const type = contentType.toLowerCase();
  return allowList.some((allowed) => (allowed.endsWith('/*') ? type.startsWith(allowed.slice(0, -1)) : type === allowed));
}

/** Random ids with a readable type prefix, e.g. `ps_3k9…`. */
export function randomId(prefix: string, bytes = 12): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  let text = '';
  for (const byte of raw) text += byte.toString(36).padStart(2, '0');
  return `${prefix}_${text}`;
}

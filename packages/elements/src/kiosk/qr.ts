import { encode } from 'uqr';

/** A QR code as one SVG path of its dark modules (drawn with lit, no markup strings: Trusted Types). */
export function qrPath(text: string): { size: number; path: string } {
  const { data } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  for (const [y, row] of data.entries()) for (const [x, dark] of row.entries()) if (dark) path += `M${x} ${y}h1v1h-1z`;
  return { size: data.length, path };
}

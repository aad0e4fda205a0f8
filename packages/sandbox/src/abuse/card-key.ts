/**
 * A digest of a card number, to count attempts per card without keeping the number (a real
 * gateway uses a keyed hash in its vault; FNV-1a twice is enough to key the sandbox's counters,
 * and runs the same in Node and in a browser under msw).
 */
export function cardKeyOf(number: string): string {
  const fnv = (seed: number) => {
    let hash = seed >>> 0;
    for (let i = 0; i < number.length; i++) {
      hash ^= number.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
  };
  return `card_${fnv(0x811c9dc5)}${fnv(0x2c9277b5)}`;
}

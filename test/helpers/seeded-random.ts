/**
 * mulberry32: a small, fast, seedable 32-bit generator of floats in [0, 1). The generated
 * attribution corpus and the bench's bootstrap both need numbers that never depend on
 * Math.random: the same seed always gives the same pages and the same interval.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A short fingerprint of the content files as read: equal texts, equal hash.
 * It is logged when content comes in and reported in the kiosk's status, so an
 * operator sees at a glance whether every kiosk of a hall shows the same
 * version. FNV-1a over the texts (64 bits, as two 32-bit halves), not a
 * cryptographic hash: it tells versions apart, it does not guard anything.
 */
const FNV_OFFSET_HI = 0xcbf29ce4;
const FNV_OFFSET_LO = 0x84222325;

/** The hash of the files' texts, in order, as 16 hexadecimal digits. */
export function contentHash(texts: readonly string[]): string {
  let hi = FNV_OFFSET_HI;
  let lo = FNV_OFFSET_LO;
  const step = (code: number): void => {
    lo = (lo ^ code) >>> 0;
    // Multiply the 64-bit value by the FNV prime 2^40 + 0x1b3, in 32-bit halves.
    const loTimes = lo * 0x1b3;
    const carry = Math.floor(loTimes / 0x1_0000_0000);
    hi = (hi * 0x1b3 + (lo << 8) + carry) >>> 0;
    lo = loTimes >>> 0;
  };
  texts.forEach((text, i) => {
    if (i > 0) step(0); // A separator, so ["ab", "c"] and ["a", "bc"] differ.
    for (let j = 0; j < text.length; j++) step(text.charCodeAt(j));
  });
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

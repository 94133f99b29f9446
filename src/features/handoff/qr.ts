/**
 * A QR code as SVG geometry: `uqr` encodes the text into modules, and this turns the dark
 * modules into one path (no inline styles, no markup strings: the island renders it as
 * elements, so the Content-Security-Policy stays strict). Pure.
 */
import { encode } from 'uqr';

/** Width of the quiet zone around the code, in modules (the QR standard asks for 4). */
export const QUIET_ZONE = 4;

export interface QrGeometry {
  /** Width and height in modules, quiet zone included (the SVG viewBox). */
  size: number;
  /** Path data of the dark modules: one rectangle per horizontal run. */
  path: string;
}

/** The path of the dark modules of a module matrix (rows of booleans, true for dark). */
export function modulesPath(rows: readonly (readonly boolean[])[]): string {
  let path = '';
  rows.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      path += `M${start} ${y}h${x - start}v1h-${x - start}z`;
    }
  });
  return path;
}

/** The QR code of `text` (error correction level M: a screen photographed at an angle still reads). */
export function qrGeometry(text: string): QrGeometry {
  const { data, size } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  return { size, path: modulesPath(data) };
}

#!/usr/bin/env node
/**
 * Draws the toolbar/store icons: a newspaper page on a blue tile with a round seal in the corner,
 * a © for the normal icon and a check mark for the "syndicated story detected" variant.
 * Pure JS (vector shapes, 5×5 supersampling) → PNG via node:zlib. No dependencies, no network.
 *
 *   node icons/make-icons.mjs      writes icons/icon-{16,32,48,128}.png and icon-detected-{16,32,48,128}.png
 *
 * The PNGs are committed; rerun this only when the design changes.
 */
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const C = {
  tile: [29, 79, 145, 255],
  page: [255, 255, 255, 255],
  ink: [32, 33, 38, 255],
  text: [150, 156, 168, 255],
  seal: [198, 40, 40, 255],
  sealDetected: [31, 122, 69, 255],
  mark: [255, 255, 255, 255],
};

// Shapes in a 128×128 design space. Each returns true when the point is inside.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
/** A ring, optionally open on the right (a "C"): points whose angle is within ±gap of 0 are left out. */
const ring = (cx, cy, r0, r1, gapDeg = 0) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  if (d < r0 || d > r1) return false;
  return Math.abs((Math.atan2(y - cy, x - cx) * 180) / Math.PI) >= gapDeg;
};
/** A thick polyline with round joins. */
const stroke = (points, width) => (x, y) => {
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    if (Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= width / 2) return true;
  }
  return false;
};

/** Layers, bottom first. Small sizes get fewer, thicker lines so the page still reads as text. */
function design(size, detected) {
  const small = size <= 32;
  const lines = small
    ? [[30, 56, 82, 66], [30, 74, 74, 84]]
    : [[30, 52, 88, 58], [30, 64, 88, 70], [30, 76, 72, 82], [30, 88, 64, 94]];
  const seal = detected ? C.sealDetected : C.seal;
  const mark = detected
    ? stroke([[84, 97], [93, 106], [109, 87]], small ? 9 : 7)
    : (x, y) => ring(96, 96, small ? 13.5 : 14, small ? 18 : 17.5)(x, y) || ring(96, 96, 6, small ? 10 : 9.5, 45)(x, y);
  return [
    [roundRect(4, 4, 124, 124, 26), C.tile],
    [roundRect(20, 16, 98, 112, 7), C.page],
    [roundRect(30, 27, 88, small ? 45 : 42, 3), C.ink],
    ...lines.map(([x0, y0, x1, y1]) => [roundRect(x0, y0, x1, y1, 2), C.text]),
    [circle(96, 96, 27), C.tile], // a gap between page and seal
    [circle(96, 96, 23.5), seal],
    [mark, C.mark],
  ];
}

function render(size, detected) {
  const layers = design(size, detected);
  const N = 5;
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxx = 0; pxx < size; pxx++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const x = ((pxx + (sx + 0.5) / N) * 128) / size;
          const y = ((py + (sy + 0.5) / N) * 128) / size;
          let color = null;
          for (const [inside, c] of layers) if (inside(x, y)) color = c;
          if (color) {
            r += color[0]; g += color[1]; b += color[2]; a += color[3];
          }
        }
      }
      const n = N * N;
      const o = (py * size + pxx) * 4;
      const alpha = a / n;
      // Un-premultiply: colour channels were summed only over covered samples (all opaque here).
      const covered = alpha / 255;
      px[o] = covered ? Math.round(r / n / covered) : 0;
      px[o + 1] = covered ? Math.round(g / n / covered) : 0;
      px[o + 2] = covered ? Math.round(b / n / covered) : 0;
      px[o + 3] = Math.round(alpha);
    }
  }
  return encodePng(size, size, px);
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

function encodePng(w, h, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) rgba.copy(raw, y * (w * 4 + 1) + 1, y * w * 4, (y + 1) * w * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  for (const detected of [false, true]) {
    const name = `icon${detected ? '-detected' : ''}-${size}.png`;
    writeFileSync(new URL(name, import.meta.url), render(size, detected));
    console.log(`icons/${name}`);
  }
}

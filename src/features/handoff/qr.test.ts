import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { modulesPath, QUIET_ZONE, qrGeometry } from './qr.ts';

/** Paints path data of `M x y h w v1 h-w z` runs (what modulesPath writes) into RGBA pixels. */
function rasterize(size: number, path: string, scale: number): Uint8ClampedArray {
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  assert.equal(runs.map((r) => r[0]).join(''), path, 'the path is made of runs only');
  for (const [, x, y, w, back] of runs) {
    assert.equal(w, back);
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) {
        pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
      }
    }
  }
  return pixels;
}

describe('modulesPath', () => {
  test('one rectangle per horizontal run of dark modules', () => {
    const rows = [
      [true, true, false, true],
      [false, false, false, false],
      [false, true, true, true],
    ];
    assert.equal(modulesPath(rows), 'M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z');
  });

  test('no dark modules, no path', () => {
    assert.equal(modulesPath([[false, false]]), '');
    assert.equal(modulesPath([]), '');
  });
});

describe('qrGeometry', () => {
  const link =
    'https://hwcloud-intl-guide.example.org/zh-cn/register/#progress&ticks=1.1b2c3d.prepare:email,mobile-number,network;register:open-the-international-site,verify-email';

  test('the path draws exactly the modules uqr encodes, with a quiet zone of 4', () => {
    const { size, path } = qrGeometry(link);
    const { data } = encode(link, { ecc: 'M', border: QUIET_ZONE });
    assert.equal(size, data.length);
    assert.equal(path, modulesPath(data));
    assert.equal(QUIET_ZONE, 4);
    for (const row of [...data.slice(0, 4), ...data.slice(-4)]) assert.ok(row.every((dark) => !dark));
  });

  test('decodes back to the text (jsQR)', () => {
    const { size, path } = qrGeometry(link);
    const scale = 4;
    const result = jsQR(rasterize(size, path, scale), size * scale, size * scale);
    assert.equal(result?.data, link);
  });
});

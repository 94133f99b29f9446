#!/usr/bin/env node
/**
 * Draws the static images in public/ (share images, app icons, favicon) with headless
 * Chromium. Run by hand after changing the design; the results are committed.
 *   node scripts/make-images.mjs
 */
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const found = findChromium();
const browser = await chromium.launch({ ...(found?.path ? { executablePath: found.path } : {}), args: CHROMIUM_ARGS });
const page = await browser.newPage();

const mark = (size) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><path fill="#b3001b" d="M16 3 29 10v12L16 29 3 22V10z"/><path fill="#fff" d="M16 9l7 4v6l-7 4-7-4v-6z"/></svg>`;

async function shot(html, width, height, file) {
  await page.setViewportSize({ width, height });
  await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
  const png = await page.screenshot({ type: 'png', omitBackground: false });
  writeFileSync(file, png);
  return png;
}

const og = (title, subtitle, lang) => `
<div lang="${lang}" style="width:1200px;height:630px;box-sizing:border-box;padding:80px;background:#fff;border-top:16px solid #b3001b;
  font-family:system-ui,'Noto Sans CJK SC',sans-serif;display:flex;flex-direction:column;justify-content:space-between">
  <div style="display:flex;align-items:center;gap:24px;font-size:34px;color:#4a4f57">${mark(72)}HUAWEI CLOUD International</div>
  <div style="font-size:72px;font-weight:800;line-height:1.15;color:#1b1d21">${title}</div>
  <div style="font-size:34px;color:#4a4f57">${subtitle}</div>
</div>`;

await shot(
  og('Sign-up and payment guide', 'Unofficial · checked against the official help center', 'en'),
  1200,
  630,
  'public/og-en.png',
);
await shot(og('注册与付款指南', '非官方指南 · 已与官方帮助中心逐条核对', 'zh-CN'), 1200, 630, 'public/og-zh-cn.png');
const icon = (size) =>
  `<div style="width:${size}px;height:${size}px;background:#fff;display:flex;align-items:center;justify-content:center">${mark(Math.round(size * 0.8))}</div>`;
await shot(icon(180), 180, 180, 'public/apple-touch-icon.png');
await shot(icon(192), 192, 192, 'public/icon-192.png');
await shot(icon(512), 512, 512, 'public/icon-512.png');
const png32 = await shot(icon(32), 32, 32, '/tmp/favicon-32.png');

// favicon.ico holding one 32x32 PNG image.
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6);
header.writeUInt8(32, 7);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(png32.length, 14);
header.writeUInt32LE(22, 18);
writeFileSync('public/favicon.ico', Buffer.concat([header, png32]));
await browser.close();
console.log('Images written to public/.');

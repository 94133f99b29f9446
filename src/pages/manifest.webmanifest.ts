import type { APIRoute } from 'astro';
import { UI } from '../i18n/ui.ts';

/** The web app manifest, respecting `base`. */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const manifest = {
    name: UI.en['site.name'],
    short_name: UI.en['site.shortName'],
    lang: 'en',
    start_url: base,
    scope: base,
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#b3001b',
    icons: [
      { src: `${base}favicon.svg`, type: 'image/svg+xml', sizes: 'any' },
      { src: `${base}icon-192.png`, type: 'image/png', sizes: '192x192' },
      { src: `${base}icon-512.png`, type: 'image/png', sizes: '512x512' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};

import type { APIRoute } from 'astro';
import { useTranslations } from '../i18n/ui.ts';

/** The web app manifest, respecting `base`. */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const t = useTranslations('en');
  const manifest = {
    name: t('site.name'),
    short_name: t('site.shortName'),
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

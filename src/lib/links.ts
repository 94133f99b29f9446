/** Classifies and rewrites links written in the content. Pure. */
import { joinBase } from './base-path.ts';

/** True for absolute http(s) links, which leave the site. */
export function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

/** Prefixes a root-relative content link with the base path ("/faq/" -> "/guide/faq/"); leaves others alone. */
export function withBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  return joinBase(base, href);
}

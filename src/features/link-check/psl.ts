/**
 * The Public Suffix List, through the `tldts` package (its bundled copy of the list, private
 * section included, so that evil.github.io is its own site and not "github.io"). The only
 * module of the link check that imports tldts: the island loads it with the rest of its code.
 */
import { parse } from 'tldts';
import type { DomainLookup } from './classify.ts';

export const pslLookup: DomainLookup = (host) => {
  const r = parse(host, { allowPrivateDomains: true, extractHostname: false, detectIp: true });
  return { domain: r.domain, label: r.domainWithoutSuffix, isIp: r.isIp === true };
};

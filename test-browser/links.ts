/**
 * Every link in the built site resolves: each `<a href>`, `<link href>`,
 * `<script src>` and `<img src>` of every page, read from the HTML files.
 * From disk, the file it names exists (and a `#fragment` names an element
 * of that page); over http, the server answers 200. Links to other sites are
 * counted, not followed (the test runs offline).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** A link that does not resolve: the page it is on (from the site root) and its target as written. */
export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly why: string;
}

/** Every HTML file under `dir`. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** The link targets a page's HTML names, as written. */
export function linksOf(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.matchAll(/<(?:a|link|script|img)\b[^>]*>/gi)) {
    const attr = /\s(?:href|src)="([^"]*)"/i.exec(tag[0]);
    if (attr?.[1] !== undefined) out.push(attr[1].replace(/&amp;/g, '&'));
  }
  return out;
}

/** The ids (and anchor names) a page's HTML defines. */
function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1] as string));
}

const external = (href: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(href);

/** What the crawl found: the links checked, those to other sites, and the broken ones. */
export interface LinkReport {
  readonly checked: number;
  readonly external: number;
  readonly broken: BrokenLink[];
}

/**
 * Checks every link of every page of the site in `root`. `fetchStatus`, when
 * given, is asked for each distinct target (a path from the site root, with
 * its query) and must answer 200; without it the files must exist.
 */
export async function checkLinks(root: string, fetchStatus?: (path: string) => Promise<number>): Promise<LinkReport> {
  const site = resolve(root);
  const pages = htmlFiles(site);
  const ids = new Map<string, Set<string>>();
  const idsIn = (file: string): Set<string> => {
    let set = ids.get(file);
    if (set === undefined) ids.set(file, (set = idsOf(readFileSync(file, 'utf8'))));
    return set;
  };
  const statuses = new Map<string, Promise<number>>();
  const broken: BrokenLink[] = [];
  let checked = 0;
  let outside = 0;
  for (const page of pages) {
    const from = relative(site, page).split(sep).join('/');
    for (const href of linksOf(readFileSync(page, 'utf8'))) {
      if (href === '' || href.startsWith('javascript:')) continue;
      if (external(href)) {
        outside++;
        continue;
      }
      checked++;
      const [pathAndQuery = '', fragment] = href.split('#', 2) as [string, string | undefined];
      const path = decodeURIComponent(pathAndQuery.split('?')[0] ?? '');
      const target = path === '' ? page : resolve(dirname(page), path);
      if (target !== site && !target.startsWith(site + sep)) {
        broken.push({ page: from, href, why: 'leaves the site' });
        continue;
      }
      const file = existsSync(target) && statSync(target).isDirectory() ? join(target, 'index.html') : target;
      if (!existsSync(file)) {
        broken.push({ page: from, href, why: 'no such file' });
        continue;
      }
      if (fragment !== undefined && fragment !== '' && file.endsWith('.html') && !idsIn(file).has(decodeURIComponent(fragment))) {
        broken.push({ page: from, href, why: `no element #${fragment} on that page` });
      }
      if (fetchStatus !== undefined) {
        const key = relative(site, target).split(sep).join('/') + (pathAndQuery.includes('?') ? `?${pathAndQuery.split('?')[1]}` : '');
        if (!statuses.has(key)) statuses.set(key, fetchStatus(key));
        const status = await statuses.get(key);
        if (status !== 200) broken.push({ page: from, href, why: `http ${status}` });
      }
    }
  }
  return { checked, external: outside, broken };
}

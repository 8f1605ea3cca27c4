/**
 * The wall board's web app, as the playground serves it: `doGet` runs (as the signed-in user, standing in
 * for the admin who deployed it) and its page is returned with the `google.script` bridge, so the page
 * polls `getWallboard` exactly as it does in Apps Script (issue 7).
 */
import { unwrap } from '../emulator';
import type { Playground } from './state';

interface HtmlSnapshot {
  html: string;
  title: string;
  xFrameOptionsMode: string;
}

/** The HTML `doGet(e)` returns for this request, or null when the bundle has no `doGet`. */
export function webAppPage(pg: Playground, url: URL): HtmlSnapshot | null {
  if (!pg.hasBundle || !pg.topLevelFunctions().includes('doGet')) return null;
  const parameter: Record<string, string> = {};
  const parameters: Record<string, string[]> = {};
  url.searchParams.forEach((v, k) => {
    if (!(k in parameter)) parameter[k] = v;
    (parameters[k] ??= []).push(v);
  });
  // The event object of a web app GET (developers.google.com/apps-script/guides/web).
  const e = {
    queryString: url.search.replace(/^\?/, ''),
    parameter,
    parameters,
    contextPath: '',
    contentLength: -1,
  };
  const out = unwrap(pg.run('doGet', [e]).value) as { _snapshot?: () => HtmlSnapshot } | null;
  return out && typeof out._snapshot === 'function' ? out._snapshot() : null;
}

// A request's route, as an access line's message writes it after its method (`GET
// orders/v1/orders/<*>/lines`: see routeOf in format/parse-access-line.ts), is what the request asks
// for: each route is a pattern of its own, with its own statuses and times. The miner's rules for a
// token do not fit it — a route's `<*>` is one segment (an id), not any text, and two routes are one
// only where they differ in one segment, the same one, not an API's version.
import { WILDCARD } from './mask-token';
import { isRequestMethod } from './value-words';

/** "v1", "V2", "v10": an API's version as a route's segment. */
const API_VERSION = /^[vV]\d{1,2}$/;

/** Whether a token is a request method, quoted or not (`GET`, a quoted request line's `"POST`). */
export function isMethodToken(token: string): boolean {
  return isRequestMethod(token.charCodeAt(0) === 34 ? token.slice(1) : token);
}

/** Whether token `i` of a message or template is a route: the token after a request method. */
export function isRouteAt(tokens: readonly string[], i: number): boolean {
  return i > 0 && isMethodToken(tokens[i - 1] ?? '');
}

/** Whether a route template takes a route: as many segments, each the same or a variable's. */
export function routeFits(template: string, route: string): boolean {
  const t = template.split('/');
  const r = route.split('/');
  if (t.length !== r.length) return false;
  for (let k = 0; k < t.length; k++) if (t[k] !== r[k] && t[k] !== WILDCARD) return false;
  return true;
}

/** The one segment in which two routes differ (not an API's version on either side), or -1. */
export function routeDifference(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  if (x.length !== y.length) return -1;
  let at = -1;
  for (let k = 0; k < x.length; k++) {
    if (x[k] === y[k]) continue;
    if (at >= 0 || API_VERSION.test(x[k] ?? '') || API_VERSION.test(y[k] ?? '')) return -1;
    at = k;
  }
  return at;
}

/**
 * Two routes as one: the template that takes the other as it is, else the two with a variable in the
 * one segment they differ in ("blog/a-post", "blog/b-post": "blog/<*>"), else a variable.
 */
export function mergeRoutes(a: string, b: string): string {
  if (routeFits(a, b)) return a;
  if (routeFits(b, a)) return b;
  const at = routeDifference(a, b);
  if (at < 0) return WILDCARD;
  const parts = a.split('/');
  parts[at] = WILDCARD;
  return parts.join('/');
}

/**
 * A request for any route of its depth: a method and a route of variables alone (`GET <*>`, a
 * scanner's paths at the root; `GET <*>/<*>`, a crawler's `blog/…`, `help/…`, `products/…`). Its
 * pattern names the traffic, not what was asked for.
 */
const ANY_ROUTE = /^"?[A-Z]{3,7} <\*>(?:\/<\*>)*$/;

/** Whether a message template is a request for any route of its depth (see ANY_ROUTE). */
export function isAnyRoute(template: string): boolean {
  return ANY_ROUTE.test(template);
}

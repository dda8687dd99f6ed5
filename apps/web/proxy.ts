import { NextResponse, type NextRequest } from 'next/server';

/**
 * The auth guard of app pages: without the session's CSRF cookie there is no session to refresh, so
 * go to sign-in and come back here afterwards. (The API checks every call anyway.)
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('logai_csrf')) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = '/sign-in';
  target.search = `?next=${encodeURIComponent(`${request.nextUrl.pathname}${request.nextUrl.search}`)}`;
  return NextResponse.redirect(target);
}

export const config = {
  matcher: ['/dashboard/:path*', '/uploads/:path*', '/anomalies/:path*', '/settings/:path*'],
};

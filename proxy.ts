import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { sessionHasExpired } from "./lib/server/session-lifetime";

// A quick redirect for signed-out visitors, keeping the deep link. Pages still check the session themselves.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request });
  if (token && !sessionHasExpired(token.signedInAt)) return NextResponse.next();
  const signIn = new URL("/logga-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/((?!api/auth|api/health|logga-in|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};

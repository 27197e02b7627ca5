import { databaseIsReachable } from "@/lib/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await databaseIsReachable();
  return Response.json({ ok, database: ok ? "ok" : "unreachable" }, { status: ok ? 200 : 503 });
}

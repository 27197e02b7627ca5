import type { Metadata } from "next";
import Link from "next/link";
import { EndSessionsForm } from "@/components/account/end-sessions-form";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date";
import { describeIp, describeUserAgent } from "@/lib/format/user-agent";
import { requirePolicy } from "@/lib/server/session";
import { listOwnSessions } from "@/lib/server/user-sessions";
import { isUuid } from "@/lib/validation/fields";
import { notFound } from "next/navigation";
import { endOwnSessionsAction } from "../actions";

export const metadata: Metadata = { title: "Avsluta sessioner" };

type Props = { searchParams: Promise<{ session?: string | string[] }> };

/** One of the user's other sessions (`?session=<id>`), or all of them, to be ended after the password is typed. */
export default async function EndSessionsPage({ searchParams }: Props) {
  const user = await requirePolicy("manageOwnAccount", "/mina-sessioner/avsluta");
  const { session } = await searchParams;
  const asked = Array.isArray(session) ? session[0] : session;
  const others = (await listOwnSessions(user)).filter((s) => !s.current);
  const one = asked ? others.find((s) => isUuid(asked) && s.id === asked) : undefined;
  if (asked && !one) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/mina-sessioner" className="underline">
          ← Mina sessioner
        </Link>
      </p>
      {one ? (
        <PageHeader title="Avsluta sessionen">
          Inloggad {formatDateTime(one.createdAt)} med {describeUserAgent(one.userAgent)}, IP-adress {describeIp(one.ip).toLowerCase()}, senast aktiv {formatDateTime(one.lastSeenAt)}. Den webbläsaren
          loggas ut direkt.
        </PageHeader>
      ) : (
        <PageHeader title="Avsluta alla andra sessioner">
          {others.length === 1 ? "1 annan session" : `${others.length} andra sessioner`} loggas ut direkt. Den här sessionen fortsätter.
        </PageHeader>
      )}
      <div className="max-w-xl">
        <EndSessionsForm action={endOwnSessionsAction} sessionId={one?.id} submitLabel={one ? "Avsluta sessionen" : "Avsluta alla andra sessioner"} />
      </div>
    </>
  );
}

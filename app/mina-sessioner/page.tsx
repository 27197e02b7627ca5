import type { Metadata } from "next";
import Link from "next/link";
import { Confirmation } from "@/components/ui/confirmation";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date";
import { describeIp, describeUserAgent } from "@/lib/format/user-agent";
import { requirePolicy } from "@/lib/server/session";
import { listOwnSessions } from "@/lib/server/user-sessions";

export const metadata: Metadata = { title: "Mina sessioner" };

const BUTTON = "inline-block rounded bg-brand-800 px-4 py-1.5 font-semibold text-white hover:bg-brand-900";

type Props = { searchParams: Promise<{ klart?: string | string[] }> };

export default async function OwnSessionsPage({ searchParams }: Props) {
  const user = await requirePolicy("manageOwnAccount", "/mina-sessioner");
  const sessions = await listOwnSessions(user);
  const { klart } = await searchParams;
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      <Confirmation code={klart} />
      <PageHeader title="Mina sessioner">
        Här är varje webbläsare där du är inloggad. Känner du inte igen en av dem, avsluta den och byt lösenord. En session slutar av sig själv efter en timme utan aktivitet, och senast tio timmar efter inloggningen.
      </PageHeader>
      <DataTable
        caption="Mina pågående sessioner"
        rows={sessions}
        rowKey={(s) => s.id}
        columns={[
          { header: "Inloggad", cell: (s) => formatDateTime(s.createdAt), nowrap: true },
          { header: "Senast aktiv", cell: (s) => formatDateTime(s.lastSeenAt), nowrap: true },
          { header: "Webbläsare", cell: (s) => describeUserAgent(s.userAgent) },
          { header: "IP-adress", cell: (s) => describeIp(s.ip) },
          {
            header: "Åtgärd",
            cell: (s) =>
              s.current ? (
                <span className="font-medium">Den här sessionen</span>
              ) : (
                <Link href={`/mina-sessioner/avsluta?session=${s.id}`} prefetch={false} className={BUTTON}>
                  Avsluta<span className="sr-only"> sessionen som loggade in {formatDateTime(s.createdAt)}</span>
                </Link>
              ),
          },
        ]}
      />
      {others > 1 && (
        <div className="mt-6">
          <Link href="/mina-sessioner/avsluta" prefetch={false} className={BUTTON}>
            Avsluta alla andra sessioner
          </Link>
        </div>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllNoticesReadForm, MarkNoticeReadForm, NoticeDigestForm } from "@/components/notices/notice-forms";
import { Confirmation } from "@/components/ui/confirmation";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date";
import { noticeHeading } from "@/lib/format/notice-text";
import { digestChoice, listNotices, type NoticeView } from "@/lib/server/notices/read";
import { requirePolicy } from "@/lib/server/session";
import { markAllNoticesReadAction, markNoticeReadAction, setNoticeDigestAction } from "./actions";

export const metadata: Metadata = { title: "Aviseringar" };

type Props = { searchParams: Promise<{ klart?: string | string[] }> };

function NoticeItem({ notice }: { notice: NoticeView }) {
  const heading = noticeHeading(notice.kind, notice.dueOn);
  return (
    <li className={`rounded-lg border p-4 ${notice.read ? "border-stone-300 bg-stone-50" : "border-brand-800 bg-white"}`}>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h3 className="font-semibold">
            {!notice.read && <span className="mr-2 rounded bg-brand-800 px-2 py-0.5 text-xs font-bold text-white">Ny</span>}
            {heading}
          </h3>
          {notice.subject ? (
            <p className="mt-1">
              <Link href={notice.subject.href} className="underline underline-offset-2">
                {notice.subject.participant} hos {notice.subject.provider}
              </Link>
            </p>
          ) : notice.unitName ? (
            <p className="mt-1">Enhet: {notice.unitName}. Se översikten för uppföljningar som är försenade.</p>
          ) : (
            <p className="mt-1 text-stone-700">Placeringen är inte längre din att se.</p>
          )}
          <p className="mt-1 text-sm text-stone-700">Aviserad {formatDateTime(notice.createdAt)}</p>
        </div>
        {!notice.read && <MarkNoticeReadForm action={markNoticeReadAction} noticeId={notice.id} what={heading} />}
      </div>
    </li>
  );
}

export default async function NoticesPage({ searchParams }: Props) {
  const user = await requirePolicy("manageOwnNotices", "/aviseringar");
  const [notices, digest] = await Promise.all([listNotices(user), digestChoice(user)]);
  const { klart } = await searchParams;
  const unread = notices.filter((n) => !n.read);
  const read = notices.filter((n) => n.read);
  const newest = unread.reduce<Date | null>((max, n) => (max && max > n.createdAt ? max : n.createdAt), null);
  return (
    <>
      <Confirmation code={klart} />
      <PageHeader title="Aviseringar">
        Här samlas det som väntar på dig: uppföljningar som snart ska göras eller är försenade, placeringar som snart slutar, förslag som väntar på svar och överenskommelser som väntar på godkännande. Aviseringarna tas fram en gång om dagen.
      </PageHeader>
      <section aria-labelledby="olasta" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h2 id="olasta" className="text-xl font-semibold">
            Olästa ({unread.length})
          </h2>
          {newest && <MarkAllNoticesReadForm action={markAllNoticesReadAction} shownUpTo={newest.toISOString()} />}
        </div>
        {unread.length === 0 ? (
          <EmptyState title="Inga olästa aviseringar">Du har läst allt. Nya aviseringar kommer här när något behöver göras.</EmptyState>
        ) : (
          <ul className="space-y-3">
            {unread.map((n) => (
              <NoticeItem key={n.id} notice={n} />
            ))}
          </ul>
        )}
      </section>
      {read.length > 0 && (
        <section aria-labelledby="lasta" className="mt-10 space-y-4">
          <h2 id="lasta" className="text-xl font-semibold">
            Lästa
          </h2>
          <ul className="space-y-3">
            {read.map((n) => (
              <NoticeItem key={n.id} notice={n} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="installningar" className="mt-10 max-w-2xl rounded-lg border border-stone-300 bg-white p-5">
        <h2 id="installningar" className="sr-only">
          Inställningar
        </h2>
        <NoticeDigestForm
          action={setNoticeDigestAction}
          digest={digest}
          hint="E-posten säger bara hur många nya aviseringar du har och länkar hit. Inga uppgifter om deltagare skickas med e-post."
        />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { CommandButton } from "@/components/forms/command-button";
import { Confirmation } from "@/components/ui/confirmation";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { AUDIT_ACTION_LABELS } from "@/lib/domain/audit-actions";
import { oneTimePasswordHasExpired } from "@/lib/domain/one-time-password";
import { formatDateTime } from "@/lib/format/date";
import { describeOidcLink } from "@/lib/format/oidc-link";
import { ROLE_LABELS } from "@/lib/format/roles";
import { describeIp, describeUserAgent } from "@/lib/format/user-agent";
import { auditLogHref } from "@/lib/validation/audit-filter";
import { deactivateUserAction, endUserSessionsAction, grantAccessReviewerAction, reactivateUserAction, resetSecondFactorAction, revokeAccessReviewerAction } from "../actions";
import { userForPage } from "../user-for-page";

export const metadata: Metadata = { title: "Användare" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };
type User = Awaited<ReturnType<typeof userForPage>>["user"];

const LINK_BUTTON = "inline-block rounded border-2 border-brand-800 px-4 py-1.5 font-semibold text-brand-900 hover:bg-brand-50";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="mt-8" aria-labelledby={`rubrik-${id}`}>
      <h2 id={`rubrik-${id}`} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Whether the one-time password still opens the account, and until when: an expired one needs a new reset. */
function oneTimePasswordStatus(expiresAt: Date | null): string {
  if (!oneTimePasswordHasExpired({ mustChangePassword: true, oneTimePasswordExpiresAt: expiresAt })) {
    return `Engångslösenord: byts vid nästa inloggning. Gäller till ${formatDateTime(expiresAt!)}`;
  }
  return "Engångslösenordet har gått ut. Återställ lösenordet för att ge ett nytt.";
}

function Details({ user }: { user: User }) {
  const rows: [string, ReactNode][] = [
    ["E-postadress", user.email],
    ["Roll", ROLE_LABELS[user.role]],
    ["Organisation", user.unit?.name ?? user.provider?.name ?? "Ingen"],
    ...(user.supervisor ? ([["Handledare", user.supervisor.name]] as [string, ReactNode][]) : []),
    ["Status", user.active ? "Aktiv" : "Avstängd"],
    ["Lösenord", user.mustChangePassword ? oneTimePasswordStatus(user.oneTimePasswordExpiresAt) : "Eget lösenord"],
    ["Tvåstegsverifiering", user.secondFactorSince ? `Aktiverad ${formatDateTime(user.secondFactorSince)}` : "Inte aktiverad"],
    ["Skapad", formatDateTime(user.createdAt)],
    ["Senast inloggad", user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "Aldrig"],
    ["Organisationens inloggning", describeOidcLink(user)],
    ...(user.role === "HANDLAGGARE" ? ([["Åtkomstgranskning", user.reviewsAccess ? "Granskar åtkomster till enhetens deltagare" : "Granskar inte"]] as [string, ReactNode][]) : []),
  ];
  return (
    <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-300 bg-white p-5">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function UserPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { admin, user } = await userForPage(id, `/admin/anvandare/${id}`);
  const { klart } = await searchParams;
  const self = user.id === admin.id;
  const base = `/admin/anvandare/${user.id}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin" className="underline">
          ← Användare
        </Link>
      </p>
      <Confirmation code={klart} />
      <PageHeader title={user.name}>{self ? "Det här är ditt eget konto." : `${ROLE_LABELS[user.role]} · ${user.active ? "aktiv" : "avstängd"}`}</PageHeader>
      <Details user={user} />

      <Section id="atgarder" title="Åtgärder">
        <ul className="flex flex-wrap items-start gap-4">
          <li>
            <Link href={`${base}/andra`} className={LINK_BUTTON}>
              Ändra roll och organisation
            </Link>
          </li>
          {user.role === "KOORDINATOR" && (
            <li>
              <Link href={`${base}/omfattning`} className={LINK_BUTTON}>
                Ändra omfattning
              </Link>
            </li>
          )}
          {!self && (
            <>
              <li>
                <Link href={`${base}/losenord`} className={LINK_BUTTON}>
                  Återställ lösenordet
                </Link>
              </li>
              <li>
                {user.active ? (
                  <CommandButton action={deactivateUserAction} values={{ userId: user.id, version: user.version }}>
                    Stäng av kontot
                  </CommandButton>
                ) : (
                  <CommandButton action={reactivateUserAction} values={{ userId: user.id, version: user.version }}>
                    Aktivera kontot igen
                  </CommandButton>
                )}
              </li>
              {user.secondFactorSince && (
                <li>
                  <CommandButton action={resetSecondFactorAction} values={{ userId: user.id, version: user.version }}>
                    Återställ tvåstegsverifieringen
                  </CommandButton>
                </li>
              )}
            </>
          )}
          {user.role === "HANDLAGGARE" && user.unitId && (
            <li>
              <CommandButton action={user.reviewsAccess ? revokeAccessReviewerAction : grantAccessReviewerAction} values={{ userId: user.id, version: user.version }}>
                {user.reviewsAccess ? "Ta bort behörigheten att granska åtkomster" : "Ge behörighet att granska åtkomster för enheten"}
              </CommandButton>
            </li>
          )}
          <li>
            <Link href={`${base}/inloggning`} className={LINK_BUTTON}>
              Organisationens inloggning
            </Link>
          </li>
          <li>
            <Link href={auditLogHref("/admin/logg", { anvandare: user.email })} className={LINK_BUTTON}>
              Vad användaren har gjort (loggen)
            </Link>
          </li>
        </ul>
      </Section>

      <Section id="sessioner" title="Inloggad just nu">
        {user.sessions.length === 0 ? (
          <p>Användaren har ingen pågående session.</p>
        ) : (
          <>
            <DataTable
              caption="Pågående sessioner"
              rows={user.sessions}
              rowKey={(s) => s.id}
              columns={[
                { header: "Inloggad", cell: (s) => formatDateTime(s.createdAt), nowrap: true },
                { header: "Senast aktiv", cell: (s) => formatDateTime(s.lastSeenAt), nowrap: true },
                { header: "Webbläsare", cell: (s) => describeUserAgent(s.userAgent) },
                { header: "IP-adress", cell: (s) => describeIp(s.ip) },
              ]}
            />
            {!self && (
              <div className="mt-4">
                <CommandButton action={endUserSessionsAction} values={{ userId: user.id }}>
                  Avsluta alla sessioner
                </CommandButton>
              </div>
            )}
          </>
        )}
      </Section>

      <Section id="inloggningar" title="Senaste inloggningarna">
        {user.signIns.length === 0 ? (
          <p>Ingen inloggning är registrerad.</p>
        ) : (
          <DataTable
            caption="Senaste inloggningarna, nyast först"
            rows={user.signIns}
            rowKey={(e) => String(e.id)}
            columns={[
              { header: "Tid", cell: (e) => formatDateTime(e.at), nowrap: true },
              { header: "Händelse", cell: (e) => AUDIT_ACTION_LABELS[e.action] },
              { header: "IP-adress", cell: (e) => describeIp(e.ip) },
            ]}
          />
        )}
      </Section>
    </>
  );
}

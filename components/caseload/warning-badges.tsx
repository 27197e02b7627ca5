import { ATTENDANCE_WARNING_FOLLOW_UPS, LOW_ATTENDANCE_SHARE } from "@/lib/rules";
import type { CaseloadWarnings } from "@/lib/server/caseload-warnings";

const WARNINGS: { key: keyof CaseloadWarnings; label: string; title: string }[] = [
  { key: "overdue", label: "Uppföljning försenad", title: "Nästa uppföljning skulle ha gjorts." },
  {
    key: "lowAttendance",
    label: "Låg närvaro",
    title: `Under ${Math.round(LOW_ATTENDANCE_SHARE * 100)} % av de planerade timmarna i de ${ATTENDANCE_WARNING_FOLLOW_UPS} senaste uppföljningarna.`,
  },
  { key: "concern", label: "Oro", title: "Anordnaren har markerat oro i den senaste uppföljningen." },
  { key: "remoteConcern", label: "Oro på distans", title: "Den senaste uppföljningen väckte oro för arbetet på distans: ta reda på varför och anpassa." },
];

/** The warnings of a participant's running placement, as short badges with the reason spelled out for screen readers too. */
export function WarningBadges({ warnings }: { warnings: CaseloadWarnings }) {
  const shown = WARNINGS.filter((w) => warnings[w.key]);
  if (shown.length === 0) return <span className="text-stone-700">–</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {shown.map((w) => (
        <li key={w.key} className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">
          {w.label}
          <span className="sr-only">: {w.title}</span>
        </li>
      ))}
    </ul>
  );
}

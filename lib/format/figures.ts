/** The dashboard's figures in Swedish formats, the same on the page and in the exports. */
import { SUPPRESSED_TEXT, type Shown } from "@/lib/rules/suppression";

const COUNT = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });
const SHARE = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 0 });
const DAYS = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });
const DATE = new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Said for a share or a median that is not shown because too few are behind it. */
export const NOT_SHOWN = "–";

export const formatCount = (figure: Shown): string => (figure.suppressed ? SUPPRESSED_TEXT : COUNT.format(figure.value));
/** The figure as an export cell: a number, or the text "<5". */
export const exportCount = (figure: Shown): string | number => (figure.suppressed ? SUPPRESSED_TEXT : figure.value);
export const formatShare = (share: number | null): string => (share === null ? NOT_SHOWN : SHARE.format(share));
export const formatDays = (days: number | null): string => (days === null ? NOT_SHOWN : DAYS.format(days));
/** "1 mars 2026" from "2026-03-01". */
export const formatLongDate = (isoDay: string): string => DATE.format(new Date(`${isoDay}T00:00:00Z`));

import Link from "next/link";

/** The pages to offer: the first, the last, and two on each side of the current one. */
function pageNumbers(page: number, pages: number): (number | "gap")[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? ["gap" as const, n] : [n]));
}

const BOX = "inline-block min-w-10 rounded border px-3 py-1.5 text-center";
const LINK = `${BOX} border-stone-400 bg-white hover:bg-stone-100`;
const CURRENT = `${BOX} border-brand-800 bg-brand-800 font-semibold text-white`;

/** Links to the other pages of a list; `href` keeps the list's filters. Nothing when everything fits on one page. */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Sidor" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} className={LINK} rel="prev">
              Föregående
            </Link>
          </li>
        )}
        {pageNumbers(page, pages).map((n, i) =>
          n === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className={CURRENT}>
                  <span className="sr-only">Sida </span>
                  {n}
                </span>
              ) : (
                <Link href={href(n)} className={LINK}>
                  <span className="sr-only">Sida </span>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <Link href={href(page + 1)} className={LINK} rel="next">
              Nästa
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

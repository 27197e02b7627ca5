import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <title>Sidan finns inte – Stegvis</title>
      <h1 className="text-2xl font-bold">Sidan finns inte</h1>
      <p className="mt-3">Sidan du försökte öppna finns inte, eller så har du inte tillgång till den.</p>
      <p className="mt-3">
        <Link href="/" className="text-brand-800 underline">
          Gå till startsidan
        </Link>
      </p>
    </div>
  );
}

import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="max-w-xl">
      <title>Du har inte behörighet – Stegvis</title>
      <h1 className="text-2xl font-bold">Du har inte behörighet</h1>
      <p className="mt-3">Den här sidan är inte till för din roll. Uppgifterna här visas bara för dem som behöver dem i sitt arbete.</p>
      <p className="mt-3">
        <Link href="/" className="text-brand-800 underline">
          Gå till din startsida
        </Link>
      </p>
    </div>
  );
}

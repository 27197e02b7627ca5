import type { Metadata } from "next";
import Link from "next/link";
import { CreateUserForm } from "@/components/admin/user-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePolicy } from "@/lib/server/session";
import { userFormOptions } from "@/lib/server/user-admin";
import { createUserAction } from "../actions";

export const metadata: Metadata = { title: "Ny användare" };

export default async function NewUserPage() {
  const admin = await requirePolicy("manageUsers", "/admin/anvandare/ny");
  const options = await userFormOptions(admin);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin" className="underline">
          ← Användare
        </Link>
      </p>
      <PageHeader title="Ny användare">
        Användaren får ett engångslösenord av dig och väljer ett eget lösenord första gången hen loggar in.
      </PageHeader>
      <div className="max-w-2xl">
        <CreateUserForm action={createUserAction} options={options} />
      </div>
    </>
  );
}

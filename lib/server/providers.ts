import "server-only";
import { dayToDate, isoDay } from "@/lib/format/date";
import type { ProviderFilters, ProviderInput, ProviderUpdate, SupervisorInput, SupervisorUpdate } from "@/lib/validation/provider";
import { literally } from "./like-pattern";
import { recordAudit } from "./audit";
import { ForbiddenError, policies } from "./authz";
import { today } from "./clock";
import { inTransaction } from "./command";
import { db, type Tx } from "./db";
import type { Prisma } from "./generated/prisma/client";
import { providerLoad } from "./provider-load";
import { conflict, fieldError, forbidden, notFound, ok, type Result } from "./result";
import { lockProvider } from "./row-locks";
import type { SessionUser } from "./session-user";

export const PROVIDER_PAGE_SIZE = 20;

/**
 * Who may reach the provider register at all: case officers look providers up, an admin keeps them
 * in order. Everyone else is refused before any id is looked at, so they learn nothing about which exist.
 */
const mayReachProviders = (user: SessionUser) => policies.viewProviders(user) || policies.registerProvider(user);

const alreadyRegistered = (name: string) => `Organisationsnumret är redan registrerat för ${name}. Sök fram anordnaren i listan i stället för att registrera den igen.`;
const FUTURE_INTEREST = "Datumet för intresseanmälan kan inte vara senare än i dag.";

/** The columns a registration or an edit writes, from the parsed input. */
function details(input: ProviderInput) {
  return {
    organisationNumber: input.organisationNumber,
    name: input.name,
    kind: input.kind,
    fieldsOfWork: input.fieldsOfWork,
    municipalityCode: input.municipalityCode,
    contactName: input.contactName ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    capacity: input.capacity,
    interestReceivedOn: input.interestReceivedOn ? dayToDate(input.interestReceivedOn) : null,
    interestStatus: input.interestStatus,
    interestNotes: input.interestNotes ?? null,
  };
}

/** A value as the audit log shows it: a day as "YYYY-MM-DD", a list joined, nothing as null. */
function shown(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return isoDay(value);
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Before and after for each column whose value the command changes. */
function changes<Row extends Record<string, unknown>>(before: Row, after: Partial<Row>) {
  const changed: Record<string, { before: ReturnType<typeof shown>; after: ReturnType<typeof shown> }> = {};
  for (const [key, value] of Object.entries(after)) {
    const [was, is] = [shown(before[key]), shown(value)];
    if (was !== is) changed[key] = { before: was, after: is };
  }
  return changed;
}

/** Another provider registered with this number, in the stored form or as ten bare digits (older rows). */
async function registeredWith(tx: Tx, organisationNumber: string, exceptId?: string) {
  return tx.provider.findFirst({
    where: { organisationNumber: { in: [organisationNumber, organisationNumber.replace(/\D/g, "")] }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, name: true },
  });
}

/** A unique-key refusal lost to a parallel registration of the same number. */
const explainDuplicate = (refusal: { code: string }) =>
  refusal.code === "23505" ? fieldError("organisationNumber", "Organisationsnumret registrerades nyss av någon annan. Sök fram anordnaren i listan.") : null;

/** What the list filters on: name or organisationsnummer, interest status, kind, municipality. */
function filterWhere(filters: ProviderFilters): Prisma.ProviderWhereInput {
  const where: Prisma.ProviderWhereInput[] = [];
  const query = filters.q?.trim();
  if (query) {
    // A query of digits (with a dash or spaces) is also a number typed with or without its dash.
    const digits = /^[\d\s-]+$/.test(query) ? query.replace(/\D/g, "") : "";
    const numberForms = [query, ...(digits ? [digits] : []), ...(digits.length > 6 ? [`${digits.slice(0, 6)}-${digits.slice(6)}`] : [])];
    where.push({
      OR: [{ name: { contains: literally(query), mode: "insensitive" } }, ...numberForms.map((form) => ({ organisationNumber: { contains: literally(form) } }))],
    });
  }
  if (filters.status) where.push({ interestStatus: filters.status });
  if (filters.typ) where.push({ kind: filters.typ });
  if (filters.kommun) where.push({ municipalityCode: filters.kommun });
  return { AND: where };
}

/** One page of providers matching the filters, by name, each with how many places are taken today. */
export async function listProviders(user: SessionUser, filters: ProviderFilters) {
  if (!policies.viewProviders(user)) throw new ForbiddenError("viewProviders");
  const where = filterWhere(filters);
  const total = await db().provider.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PROVIDER_PAGE_SIZE));
  const page = Math.min(filters.sida ?? 1, pageCount);
  const rows = await db().provider.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * PROVIDER_PAGE_SIZE,
    take: PROVIDER_PAGE_SIZE,
    select: { id: true, name: true, organisationNumber: true, kind: true, municipalityCode: true, fieldsOfWork: true, capacity: true, interestStatus: true },
  });
  const load = await providerLoad(db(), rows.map((row) => row.id), today());
  return { providers: rows.map((row) => ({ ...row, load: load.get(row.id) ?? 0 })), total, page, pageCount };
}

/** A provider with its supervisors, its users and today's load; null when there is no such provider. */
export async function getProvider(user: SessionUser, providerId: string) {
  if (!policies.viewProviders(user)) throw new ForbiddenError("viewProviders");
  const provider = await db().provider.findUnique({
    where: { id: providerId },
    include: {
      unit: { select: { name: true } },
      supervisors: { orderBy: [{ active: "desc" }, { name: "asc" }] },
      users: { where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true, role: true } },
    },
  });
  if (!provider) return null;
  const load = (await providerLoad(db(), [provider.id], today())).get(provider.id) ?? 0;
  return { ...provider, load, canEdit: policies.editProvider(user, provider) };
}

/** Registers a provider on the officer's unit, which then keeps it up to date. One provider per organisationsnummer. */
export async function registerProvider(user: SessionUser, input: ProviderInput): Promise<Result<{ id: string }>> {
  if (!policies.registerProvider(user)) return forbidden();
  if (input.interestReceivedOn && input.interestReceivedOn > today()) return fieldError("interestReceivedOn", FUTURE_INTEREST);
  return inTransaction(async (tx) => {
    const existing = await registeredWith(tx, input.organisationNumber);
    if (existing) return fieldError("organisationNumber", alreadyRegistered(existing.name));
    const created = await tx.provider.create({ data: { ...details(input), unitId: user.unitId }, select: { id: true } });
    await recordAudit(tx, user, {
      action: "CREATE",
      entity: "Provider",
      entityId: created.id,
      changes: { organisationNumber: input.organisationNumber, name: input.name, capacity: input.capacity, interestStatus: input.interestStatus, unitId: user.unitId },
    });
    return ok({ id: created.id });
  }, explainDuplicate);
}

/** Saves corrected details; only the registering unit (or an admin) may. A form opened at an older version is refused. */
export async function updateProvider(user: SessionUser, input: ProviderUpdate): Promise<Result<{ id: string }>> {
  if (!mayReachProviders(user)) return forbidden();
  if (input.interestReceivedOn && input.interestReceivedOn > today()) return fieldError("interestReceivedOn", FUTURE_INTEREST);
  return inTransaction(async (tx) => {
    const provider = await tx.provider.findUnique({ where: { id: input.providerId } });
    if (!provider) return notFound();
    if (!policies.editProvider(user, provider)) return forbidden();
    if (input.organisationNumber !== provider.organisationNumber) {
      const existing = await registeredWith(tx, input.organisationNumber, provider.id);
      if (existing) return fieldError("organisationNumber", alreadyRegistered(existing.name));
    }
    const next = details(input);
    const { count } = await tx.provider.updateMany({ where: { id: provider.id, version: input.version }, data: { ...next, version: { increment: 1 } } });
    if (count === 0) return conflict();
    await recordAudit(tx, user, { action: "UPDATE", entity: "Provider", entityId: provider.id, changes: changes(provider, next) });
    return ok({ id: provider.id });
  }, explainDuplicate);
}

/** The provider a supervisor command works on, when this user may edit it. */
async function editableProvider(tx: Tx, user: SessionUser, providerId: string): Promise<Result<{ id: string }>> {
  const provider = await tx.provider.findUnique({ where: { id: providerId }, select: { id: true, unitId: true } });
  if (!provider) return notFound();
  if (!policies.editProvider(user, provider)) return forbidden();
  return ok({ id: provider.id });
}

/** Adds a supervisor (handledare) to a provider the user may edit; the same one sent twice is added once. */
export async function addSupervisor(user: SessionUser, input: SupervisorInput): Promise<Result<{ providerId: string; supervisorId: string }>> {
  if (!mayReachProviders(user)) return forbidden();
  return inTransaction(async (tx) => {
    const provider = await editableProvider(tx, user, input.providerId);
    if (!provider.ok) return provider;
    const data = { name: input.name, title: input.title ?? null, email: input.email ?? null, phone: input.phone ?? null };
    await lockProvider(tx, provider.value.id);
    const same = await tx.supervisor.findFirst({ where: { ...data, providerId: provider.value.id, active: true }, select: { id: true } });
    if (same) return ok({ providerId: provider.value.id, supervisorId: same.id });
    const created = await tx.supervisor.create({ data: { ...data, providerId: provider.value.id }, select: { id: true } });
    await recordAudit(tx, user, { action: "CREATE", entity: "Supervisor", entityId: created.id, changes: { providerId: provider.value.id, ...data } });
    return ok({ providerId: provider.value.id, supervisorId: created.id });
  });
}

/**
 * Corrects a supervisor's details or marks them inactive (placements keep naming them). Supervisors
 * carry no version, so the last save wins; the audit log keeps what each save replaced.
 */
export async function updateSupervisor(user: SessionUser, input: SupervisorUpdate): Promise<Result<{ providerId: string }>> {
  if (!mayReachProviders(user)) return forbidden();
  return inTransaction(async (tx) => {
    const supervisor = await tx.supervisor.findUnique({ where: { id: input.supervisorId } });
    if (!supervisor) return notFound();
    const provider = await editableProvider(tx, user, supervisor.providerId);
    if (!provider.ok) return provider;
    const next = { name: input.name, title: input.title ?? null, email: input.email ?? null, phone: input.phone ?? null, active: input.active };
    await tx.supervisor.update({ where: { id: supervisor.id }, data: next });
    await recordAudit(tx, user, { action: "UPDATE", entity: "Supervisor", entityId: supervisor.id, changes: { providerId: supervisor.providerId, ...changes(supervisor, next) } });
    return ok({ providerId: supervisor.providerId });
  });
}

/** One supervisor of a provider the user may edit, for the edit form; null when not found or not theirs to edit. */
export async function getSupervisorForEdit(user: SessionUser, providerId: string, supervisorId: string) {
  if (!policies.viewProviders(user)) throw new ForbiddenError("viewProviders");
  const supervisor = await db().supervisor.findFirst({ where: { id: supervisorId, providerId }, include: { provider: { select: { id: true, name: true, unitId: true } } } });
  if (!supervisor) return null;
  return { ...supervisor, canEdit: policies.editProvider(user, supervisor.provider) };
}

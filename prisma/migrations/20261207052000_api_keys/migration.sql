-- CreateEnum
CREATE TYPE "ApiKeyKind" AS ENUM ('PROVIDER', 'COORDINATOR');

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "apiKeyId" UUID;

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "kind" "ApiKeyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "secretHash" CHAR(64) NOT NULL,
    "providerId" UUID,
    "coordinatorId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedById" UUID,
    "lastUsedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiRequest" (
    "id" BIGSERIAL NOT NULL,
    "apiKeyId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_secretHash_key" ON "ApiKey"("secretHash");

-- CreateIndex
CREATE INDEX "ApiKey_providerId_idx" ON "ApiKey"("providerId");

-- CreateIndex
CREATE INDEX "ApiKey_coordinatorId_idx" ON "ApiKey"("coordinatorId");

-- CreateIndex
CREATE INDEX "ApiRequest_apiKeyId_at_idx" ON "ApiRequest"("apiKeyId", "at");

-- CreateIndex
CREATE INDEX "ApiRequest_at_idx" ON "ApiRequest"("at");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiRequest" ADD CONSTRAINT "ApiRequest_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A provider key names a provider and no coordinator; a coordinator key the reverse. A revocation says who.
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_owner_matches_kind" CHECK (
  ("kind" = 'PROVIDER' AND "providerId" IS NOT NULL AND "coordinatorId" IS NULL)
  OR ("kind" = 'COORDINATOR' AND "coordinatorId" IS NOT NULL AND "providerId" IS NULL)
);
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_revocation_complete" CHECK (("revokedAt" IS NULL) = ("revokedById" IS NULL));
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_name_length" CHECK (char_length("name") BETWEEN 1 AND 100);

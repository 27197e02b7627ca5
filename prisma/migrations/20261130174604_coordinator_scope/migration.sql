-- CreateTable
CREATE TABLE "CoordinatorScope" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "unitId" UUID,
    "municipalityCode" CHAR(4),
    "national" BOOLEAN NOT NULL DEFAULT false,
    "grantedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoordinatorScope_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CoordinatorScope_unitId_idx" ON "CoordinatorScope"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "CoordinatorScope_userId_unitId_key" ON "CoordinatorScope"("userId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "CoordinatorScope_userId_municipalityCode_key" ON "CoordinatorScope"("userId", "municipalityCode");

-- CreateIndex
CREATE INDEX "Placement_startDate_idx" ON "Placement"("startDate");

-- CreateIndex
CREATE INDEX "Placement_actualEndDate_idx" ON "Placement"("actualEndDate");

-- AddForeignKey
ALTER TABLE "CoordinatorScope" ADD CONSTRAINT "CoordinatorScope_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorScope" ADD CONSTRAINT "CoordinatorScope_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorScope" ADD CONSTRAINT "CoordinatorScope_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written:
-- A grant is exactly one of: a unit, a municipality, the whole country.
ALTER TABLE "CoordinatorScope" ADD CONSTRAINT "CoordinatorScope_one_kind"
  CHECK (num_nonnulls("unitId", "municipalityCode") + ("national")::int = 1);
-- One national grant per coordinator.
CREATE UNIQUE INDEX "CoordinatorScope_userId_national_key" ON "CoordinatorScope" ("userId") WHERE "national";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('HANDLAGGARE', 'ANORDNARE', 'KOORDINATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('ARBETSFORMEDLINGEN', 'MUNICIPALITY');

-- CreateEnum
CREATE TYPE "ProviderKind" AS ENUM ('EMPLOYER', 'ASF', 'MUNICIPAL', 'NON_PROFIT');

-- CreateEnum
CREATE TYPE "InterestStatus" AS ENUM ('RECEIVED', 'APPROVED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "PlacementKind" AS ENUM ('ARBETSTRANING', 'FORSTARKT_ARBETSTRANING', 'FORSTARKT_FORDJUPAD');

-- CreateEnum
CREATE TYPE "PlacementMode" AS ENUM ('ON_SITE', 'REMOTE', 'MIXED');

-- CreateEnum
CREATE TYPE "AioReason" AS ENUM ('NOT_AVAILABLE', 'NOT_IN_FIELD', 'QUEUE');

-- CreateEnum
CREATE TYPE "PlacementStatus" AS ENUM ('PLANNED', 'ACTIVE', 'ENDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('WORK', 'STUDIES', 'WORK_TRIAL', 'OTHER_MEASURE', 'INTERRUPTED');

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('KOMMA_IGANG', 'PA_VAG', 'NASTAN_FRAMME');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('AS_AGREED', 'MOSTLY', 'PARTLY', 'RARELY', 'ABSENT');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'REVIEWED');

-- CreateEnum
CREATE TYPE "Compensation" AS ENUM ('ACTIVITY_SUPPORT', 'DEVELOPMENT_COMPENSATION', 'ESTABLISHMENT_BENEFIT', 'SOCIAL_ASSISTANCE', 'NONE', 'OTHER');

-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('CV_DONE', 'COVER_LETTER_DONE', 'EMPLOYER_CONTACT', 'JOB_INTERVIEW', 'NEXT_STEP_PROPOSED', 'PREPARATORY_TRAINING', 'WORK_TRIAL');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT');

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "municipalityCode" CHAR(4) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "unitId" UUID,
    "providerId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "lastSignInAt" TIMESTAMPTZ(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Provider" (
    "id" UUID NOT NULL,
    "organisationNumber" VARCHAR(11) NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ProviderKind" NOT NULL,
    "municipalityCode" CHAR(4) NOT NULL,
    "fieldsOfWork" TEXT[],
    "capacity" INTEGER NOT NULL,
    "interestReceivedOn" DATE,
    "interestStatus" "InterestStatus" NOT NULL DEFAULT 'RECEIVED',
    "interestNotes" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Supervisor" (
    "id" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "title" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "userId" UUID,

    CONSTRAINT "Supervisor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" UUID NOT NULL,
    "personalIdentityNumber" CHAR(12) NOT NULL,
    "isCoordinationNumber" BOOLEAN NOT NULL DEFAULT false,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "municipalityCode" CHAR(4) NOT NULL,
    "programme" VARCHAR(32) NOT NULL,
    "jobCompensableDays" INTEGER,
    "compensation" "Compensation",
    "unitId" UUID NOT NULL,
    "responsibleOfficerId" UUID,
    "protectedIdentity" BOOLEAN NOT NULL DEFAULT false,
    "consentDate" DATE,
    "currentStage" "Stage" NOT NULL DEFAULT 'KOMMA_IGANG',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "supervisorId" UUID,
    "programme" VARCHAR(32) NOT NULL,
    "kind" "PlacementKind" NOT NULL,
    "mode" "PlacementMode" NOT NULL DEFAULT 'ON_SITE',
    "decisionDate" DATE NOT NULL,
    "decidedById" UUID,
    "startDate" DATE NOT NULL,
    "plannedEndDate" DATE NOT NULL,
    "actualEndDate" DATE,
    "periodNumber" INTEGER NOT NULL DEFAULT 1,
    "previousPlacementId" UUID,
    "aioReason" "AioReason",
    "hoursPerWeek" INTEGER NOT NULL,
    "goals" TEXT NOT NULL,
    "tasks" TEXT NOT NULL,
    "assessmentId" UUID NOT NULL,
    "ruleSetId" TEXT,
    "status" "PlacementStatus" NOT NULL DEFAULT 'PLANNED',
    "endReason" TEXT,
    "outcomeId" UUID,
    "lastFollowUpOn" DATE,
    "nextFollowUpDueOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndividualAssessment" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "assessedById" UUID NOT NULL,
    "reasoning" TEXT NOT NULL,
    "conclusion" TEXT NOT NULL,
    "suitable" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndividualAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" UUID NOT NULL,
    "placementId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "authorId" UUID NOT NULL,
    "attendance" "Attendance" NOT NULL,
    "tasks" TEXT NOT NULL,
    "abilities" TEXT NOT NULL,
    "concerns" TEXT,
    "hasConcern" BOOLEAN NOT NULL DEFAULT false,
    "proposedStage" "Stage",
    "participantView" TEXT,
    "remoteReview" TEXT,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMPTZ(3),
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageAssessment" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "stage" "Stage" NOT NULL,
    "date" DATE NOT NULL,
    "assessedById" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "followUpId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StageAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "kind" "OutcomeKind" NOT NULL,
    "date" DATE NOT NULL,
    "interruptReason" TEXT,
    "notes" TEXT,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "goals" TEXT NOT NULL,
    "competenceAnalysis" TEXT NOT NULL,
    "supportNeeds" TEXT,
    "updatedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "kind" "MilestoneKind" NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRole" "Role",
    "action" "AuditAction" NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "changes" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "succeeded" BOOLEAN NOT NULL,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomProgramme" (
    "code" VARCHAR(32) NOT NULL,
    "name" TEXT NOT NULL,
    "maxMonthsArbetstraning" INTEGER NOT NULL,
    "maxMonthsForstarkt" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomProgramme_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_name_municipalityCode_key" ON "Unit"("name", "municipalityCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "User_providerId_idx" ON "User"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "Provider_organisationNumber_key" ON "Provider"("organisationNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Supervisor_userId_key" ON "Supervisor"("userId");

-- CreateIndex
CREATE INDEX "Supervisor_providerId_idx" ON "Supervisor"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_personalIdentityNumber_key" ON "Participant"("personalIdentityNumber");

-- CreateIndex
CREATE INDEX "Participant_unitId_currentStage_idx" ON "Participant"("unitId", "currentStage");

-- CreateIndex
CREATE INDEX "Participant_responsibleOfficerId_idx" ON "Participant"("responsibleOfficerId");

-- CreateIndex
CREATE INDEX "Participant_programme_currentStage_idx" ON "Participant"("programme", "currentStage");

-- CreateIndex
CREATE INDEX "Participant_municipalityCode_currentStage_idx" ON "Participant"("municipalityCode", "currentStage");

-- CreateIndex
CREATE INDEX "Participant_gender_currentStage_idx" ON "Participant"("gender", "currentStage");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_previousPlacementId_key" ON "Placement"("previousPlacementId");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_outcomeId_key" ON "Placement"("outcomeId");

-- CreateIndex
CREATE INDEX "Placement_participantId_startDate_idx" ON "Placement"("participantId", "startDate");

-- CreateIndex
CREATE INDEX "Placement_participantId_status_idx" ON "Placement"("participantId", "status");

-- CreateIndex
CREATE INDEX "Placement_status_plannedEndDate_idx" ON "Placement"("status", "plannedEndDate");

-- CreateIndex
CREATE INDEX "Placement_providerId_status_plannedEndDate_idx" ON "Placement"("providerId", "status", "plannedEndDate");

-- CreateIndex
CREATE INDEX "Placement_unitId_status_plannedEndDate_idx" ON "Placement"("unitId", "status", "plannedEndDate");

-- CreateIndex
CREATE INDEX "Placement_programme_status_plannedEndDate_idx" ON "Placement"("programme", "status", "plannedEndDate");

-- CreateIndex
CREATE INDEX "Placement_status_nextFollowUpDueOn_idx" ON "Placement"("status", "nextFollowUpDueOn");

-- CreateIndex
CREATE INDEX "Placement_providerId_status_nextFollowUpDueOn_idx" ON "Placement"("providerId", "status", "nextFollowUpDueOn");

-- CreateIndex
CREATE INDEX "Placement_unitId_status_nextFollowUpDueOn_idx" ON "Placement"("unitId", "status", "nextFollowUpDueOn");

-- CreateIndex
CREATE INDEX "IndividualAssessment_participantId_date_idx" ON "IndividualAssessment"("participantId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "IndividualAssessment_id_participantId_key" ON "IndividualAssessment"("id", "participantId");

-- CreateIndex
CREATE INDEX "FollowUp_placementId_date_idx" ON "FollowUp"("placementId", "date");

-- CreateIndex
CREATE INDEX "FollowUp_status_date_idx" ON "FollowUp"("status", "date");

-- CreateIndex
CREATE INDEX "StageAssessment_participantId_date_idx" ON "StageAssessment"("participantId", "date");

-- CreateIndex
CREATE INDEX "StageAssessment_date_stage_idx" ON "StageAssessment"("date", "stage");

-- CreateIndex
CREATE INDEX "Outcome_participantId_idx" ON "Outcome"("participantId");

-- CreateIndex
CREATE INDEX "Outcome_date_kind_idx" ON "Outcome"("date", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlan_participantId_key" ON "ActionPlan"("participantId");

-- CreateIndex
CREATE INDEX "Milestone_participantId_date_idx" ON "Milestone"("participantId", "date");

-- CreateIndex
CREATE INDEX "Milestone_kind_date_idx" ON "Milestone"("kind", "date");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_at_idx" ON "AuditEvent"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_key_at_idx" ON "SignInAttempt"("key", "at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Supervisor" ADD CONSTRAINT "Supervisor_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Supervisor" ADD CONSTRAINT "Supervisor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_responsibleOfficerId_fkey" FOREIGN KEY ("responsibleOfficerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_supervisorId_fkey" FOREIGN KEY ("supervisorId") REFERENCES "Supervisor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_previousPlacementId_fkey" FOREIGN KEY ("previousPlacementId") REFERENCES "Placement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_assessmentId_participantId_fkey" FOREIGN KEY ("assessmentId", "participantId") REFERENCES "IndividualAssessment"("id", "participantId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualAssessment" ADD CONSTRAINT "IndividualAssessment_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualAssessment" ADD CONSTRAINT "IndividualAssessment_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageAssessment" ADD CONSTRAINT "StageAssessment_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageAssessment" ADD CONSTRAINT "StageAssessment_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageAssessment" ADD CONSTRAINT "StageAssessment_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "UserSession" ADD COLUMN     "throughOrganisation" BOOLEAN NOT NULL DEFAULT false;

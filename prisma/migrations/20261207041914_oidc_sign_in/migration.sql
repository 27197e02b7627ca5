-- AlterTable
ALTER TABLE "User" ADD COLUMN     "oidcEmailMatchAllowed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "oidcIssuer" TEXT,
ADD COLUMN     "oidcSubject" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcIssuer_oidcSubject_key" ON "User"("oidcIssuer", "oidcSubject");

-- A link is an issuer and a subject together, or nothing.
ALTER TABLE "User" ADD CONSTRAINT "User_oidc_link_whole" CHECK (("oidcIssuer" IS NULL) = ("oidcSubject" IS NULL));

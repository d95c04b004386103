-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "searchIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "searchNames" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Link_publicationId_idx" ON "Link"("publicationId");

-- CreateIndex
CREATE INDEX "Publication_searchIds_idx" ON "Publication" USING GIN ("searchIds");

-- CreateIndex
CREATE INDEX "Publication_institutionId_idx" ON "Publication"("institutionId");

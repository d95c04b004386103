-- CreateTable
CREATE TABLE "PersonMerge" (
    "id" TEXT NOT NULL,
    "keptId" TEXT NOT NULL,
    "mergedId" TEXT NOT NULL,
    "mergedLabel" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "undoRevisionId" TEXT,
    "moved" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "PersonMerge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PersonMerge_revisionId_key" ON "PersonMerge"("revisionId");

-- CreateIndex
CREATE INDEX "PersonMerge_keptId_idx" ON "PersonMerge"("keptId");

-- AddForeignKey
ALTER TABLE "PersonMerge" ADD CONSTRAINT "PersonMerge_keptId_fkey" FOREIGN KEY ("keptId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

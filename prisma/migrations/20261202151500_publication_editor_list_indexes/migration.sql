-- CreateIndex
CREATE INDEX "Publication_updatedAt_id_deletedAt_idx" ON "Publication"("updatedAt", "id", "deletedAt");

-- CreateIndex
CREATE INDEX "Publication_title_id_deletedAt_idx" ON "Publication"("title", "id", "deletedAt");

-- CreateIndex
CREATE INDEX "Publication_status_deletedAt_idx" ON "Publication"("status", "deletedAt");

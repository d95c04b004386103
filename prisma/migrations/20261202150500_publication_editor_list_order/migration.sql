-- CreateIndex
CREATE INDEX "Publication_updatedAt_id_idx" ON "Publication"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Publication_title_id_idx" ON "Publication"("title", "id");

-- CreateEnum
CREATE TYPE "StudyDesign" AS ENUM ('kvalitativ', 'kvantitativ', 'blandet', 'litteraturgjennomgang', 'evaluering', 'teoretisk', 'annet', 'ukjent');

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "studyDesign" "StudyDesign" NOT NULL DEFAULT 'ukjent';

-- CreateIndex
CREATE INDEX "Publication_studyDesign_idx" ON "Publication"("studyDesign");

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "searchKey" SERIAL NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Publication_searchKey_key" ON "Publication"("searchKey");

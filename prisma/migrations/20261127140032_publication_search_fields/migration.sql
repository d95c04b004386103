-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "personIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "projectIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "searchAuthors" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchTopics" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sortName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "topicIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "Publication_personIds_idx" ON "Publication" USING GIN ("personIds");

-- CreateIndex
CREATE INDEX "Publication_topicIds_idx" ON "Publication" USING GIN ("topicIds");

-- CreateIndex
CREATE INDEX "Publication_projectIds_idx" ON "Publication" USING GIN ("projectIds");

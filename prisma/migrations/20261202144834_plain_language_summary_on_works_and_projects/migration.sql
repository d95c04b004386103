-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "plainFound" TEXT,
ADD COLUMN     "plainKeyPoints" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "plainMeaning" TEXT,
ADD COLUMN     "plainStudied" TEXT;

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "plainFound" TEXT,
ADD COLUMN     "plainKeyPoints" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "plainMeaning" TEXT,
ADD COLUMN     "plainStudied" TEXT;

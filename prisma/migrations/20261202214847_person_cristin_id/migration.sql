-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "cristinId" TEXT;

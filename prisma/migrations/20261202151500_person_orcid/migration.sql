-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "orcid" TEXT;

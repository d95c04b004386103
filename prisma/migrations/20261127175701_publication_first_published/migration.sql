-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "firstPublishedAt" TIMESTAMP(3);

-- Hand-written: works published before this column existed. The first "publish" in the audit
-- log where there is one; else, for a work public now, when it was created.
UPDATE "Publication" p
   SET "firstPublishedAt" = COALESCE(
         (SELECT min(a."at") FROM "AuditEvent" a WHERE a."entityType" = 'publication' AND a."entityId" = p.id AND a.action = 'publish'),
         CASE WHEN p.status = 'published' THEN p."createdAt" END);

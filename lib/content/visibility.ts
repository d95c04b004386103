// What visitors may see: published and not in the trash. Every public query uses this.
export const isPublic = { status: "published", deletedAt: null } as const;

import { db } from "@/lib/db";
import { checkHealth, healthResponse } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  return healthResponse(await checkHealth(() => db.$queryRaw`SELECT 1`));
}

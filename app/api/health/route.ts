import { healthResponse, portalHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  return healthResponse(await portalHealth());
}

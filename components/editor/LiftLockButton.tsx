"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { ActionResult } from "@/lib/content/engine/results";
import { smallButton } from "./fields/styles";

export function LiftLockButton({ label, lift }: { label: string; lift: () => Promise<ActionResult> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      className={smallButton}
      onClick={() =>
        startTransition(async () => {
          await lift();
          router.refresh();
        })
      }
    >
      Opphev sperren <span className="sr-only">for {label}</span>
    </button>
  );
}

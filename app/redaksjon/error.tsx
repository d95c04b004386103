"use client";

import { DEPLOYMENT_MISMATCH_MESSAGE, isDeploymentMismatch } from "@/lib/deployment-skew";

// What an editor sees instead of Next.js's "Application error" when an action throws that the
// form does not catch itself (the login and import forms): the instance-mismatch message as it
// is (lib/deployment-skew.ts), any other error in plain words. Reloading fetches the page from
// the build that now answers.
export default function EditorsError({ error }: { error: Error & { digest?: string } }) {
  const mismatch = isDeploymentMismatch(error);
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 p-6">
      <h1 className="text-2xl font-semibold">
        {mismatch ? "Siden er fra en annen versjon av portalen" : "Noe gikk galt"}
      </h1>
      <p>
        {mismatch
          ? DEPLOYMENT_MISMATCH_MESSAGE
          : "Siden kunne ikke vises. Last den inn på nytt, og prøv igjen om litt hvis det ikke hjelper."}
      </p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="rounded-lg bg-teal px-4 py-2.5 font-semibold text-white hover:bg-teal-dark"
      >
        Last inn siden på nytt
      </button>
    </div>
  );
}

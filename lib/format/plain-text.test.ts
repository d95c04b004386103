import { describe, expect, it } from "vitest";
import { plainSummary } from "./plain-text";

describe("plainSummary", () => {
  it("strips markdown but keeps hyphenated Norwegian words", () => {
    expect(plainSummary("### Tittel\n\n- by- og regionforskning\n- **viktig** [lenke](https://x.no)")).toBe(
      "Tittel by- og regionforskning viktig lenke",
    );
  });

  it("shortens long text at the limit with an ellipsis", () => {
    const text = plainSummary("ord ".repeat(100), 20);
    expect(text).toHaveLength(20);
    expect(text?.endsWith("…")).toBe(true);
    expect(plainSummary(null)).toBeNull();
  });
});

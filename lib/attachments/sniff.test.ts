import { describe, expect, it } from "vitest";
import { formatByteSize, pdfLinkLabel } from "./labels";
import { safeFileName, sniffFileType } from "./sniff";

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];

describe("sniffFileType", () => {
  it("knows a PDF by its header and its %%EOF, whatever it is called", () => {
    expect(sniffFileType(bytes("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"))).toEqual({
      kind: "pdf",
      mediaType: "application/pdf",
      extension: "pdf",
    });
  });

  it("refuses a PDF header without the end, HTML, SVG and text called .pdf", () => {
    expect(sniffFileType(bytes("%PDF-1.4\n<script>alert(1)</script>"))).toBeNull();
    expect(sniffFileType(bytes("<!doctype html><html>%PDF-1.4 %%EOF</html>"))).toBeNull();
    expect(sniffFileType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffFileType(bytes(""))).toBeNull();
  });

  it("knows PNG, JPEG and WebP by their signatures", () => {
    expect(sniffFileType(new Uint8Array(PNG))?.mediaType).toBe("image/png");
    expect(sniffFileType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))?.mediaType).toBe("image/jpeg");
    expect(sniffFileType(bytes("RIFF\x24\x00\x00\x00WEBPVP8 "))?.mediaType).toBe("image/webp");
    expect(sniffFileType(bytes("RIFF\x24\x00\x00\x00WAVEfmt "))).toBeNull();
    expect(sniffFileType(bytes("GIF89a"))).toBeNull();
  });
});

describe("safeFileName", () => {
  it("keeps the base name, folds Norwegian letters and takes the extension of the content", () => {
    expect(safeFileName("../../Årsrapport 2019 (endelig).PDF", "pdf")).toBe("Arsrapport-2019-endelig.pdf");
    expect(safeFileName("C:\\Users\\Bjørg\\Søknad_om_støtte.exe", "pdf")).toBe("Soknad_om_stotte.pdf");
    expect(safeFileName("bilde.pdf", "png")).toBe("bilde.png");
    expect(safeFileName('"; rm -rf /\r\n.pdf', "pdf")).toBe("vedlegg.pdf");
    expect(safeFileName("café–møte.jpeg", "jpg")).toBe("cafe-mote.jpg");
    expect(safeFileName(`${"a".repeat(200)}.pdf`, "pdf")).toBe(`${"a".repeat(80)}.pdf`);
  });
});

describe("labels", () => {
  it("gives sizes in Norwegian number format", () => {
    expect(formatByteSize(2_345_678)).toBe("2,3 MB");
    expect(formatByteSize(480_400)).toBe("480 kB");
    expect(formatByteSize(120)).toBe("1 kB");
    expect(formatByteSize(50_000_000)).toBe("50 MB");
  });

  it("names the full text by the work's type", () => {
    expect(pdfLinkLabel("fulltext", "rapport")).toBe("Les hele rapporten");
    expect(pdfLinkLabel("fulltext", "doktorgradsavhandling")).toBe("Les hele avhandlingen");
    expect(pdfLinkLabel("summary", "rapport")).toBe("Les sammendraget");
    expect(pdfLinkLabel("fulltext")).toBe("Les hele dokumentet");
  });
});

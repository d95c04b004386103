import "server-only";
import sharp from "sharp";

// The sizes an image is served in besides its original: for phones and for desktops, as WebP,
// made once at upload (so a request never waits for a resize), never wider than the original.

export const IMAGE_WIDTHS = [640, 1280] as const;
// A decompression bomb (a small file that opens as a huge bitmap) is refused by sharp itself.
const MAX_PIXELS = 100_000_000;

export type ImageSize = { variant: string; width: number; bytes: Buffer };

export async function readImage(bytes: Uint8Array): Promise<{ width: number; height: number } | null> {
  try {
    const { width, height } = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
    return width && height ? { width, height } : null;
  } catch {
    return null; // not an image sharp can read: the caller refuses it
  }
}

export async function resizedImages(bytes: Uint8Array, width: number): Promise<ImageSize[]> {
  const sizes: ImageSize[] = [];
  for (const target of IMAGE_WIDTHS) {
    const used = Math.min(target, width);
    const resized = await sharp(bytes, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize({ width: used, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    sizes.push({ variant: String(target), width: used, bytes: resized });
  }
  return sizes;
}

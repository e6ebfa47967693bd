/**
 * Bounds on what reading one image may cost. A hostile image (a decompression bomb, millions of
 * tiny entries, hundreds of layers) is refused with a clear error instead of exhausting memory
 * or time.
 */
export interface ImageLimits {
  /** Most layers an image may have (Docker itself stops at 127; OCI has no limit). */
  maxLayers: number;
  /** Most bytes all layers may decompress to, together. */
  maxUncompressedBytes: number;
  /** Most tar entries all layers may hold, together. */
  maxEntries: number;
  /** Largest manifest, index or config JSON read into memory. */
  maxMetadataBytes: number;
}

export const defaultImageLimits: ImageLimits = {
  maxLayers: 256,
  maxUncompressedBytes: 16 * 1024 ** 3,
  maxEntries: 2_000_000,
  maxMetadataBytes: 16 * 1024 ** 2,
};

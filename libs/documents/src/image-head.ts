import { imageSize } from 'image-size';

/** What an uploaded image's header says it is: its type as image-size names it ('png', 'jpg', …) and its size. */
export interface ImageHead {
  type: string;
  width: number;
  height: number;
}

/** The image's type and size read from its first bytes (never from a name), or null when it is no image read here. */
export function imageHead(content: Buffer): ImageHead | null {
  try {
    const read = imageSize(content);
    return read.type ? { type: read.type, width: read.width ?? 0, height: read.height ?? 0 } : null;
  } catch {
    return null;
  }
}

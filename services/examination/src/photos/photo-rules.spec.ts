import { jpegHead, pngImage } from '@baeum/testing';
import { CodedException } from '@baeum/service-kit';
import { checkPhoto } from './photo-rules';

/** The refusal's status, code, field and params, or null when the photo passes. */
function refusalOf(content: Buffer) {
  try {
    checkPhoto(content);
    return null;
  } catch (error) {
    if (!(error instanceof CodedException)) throw error;
    const body = error.getResponse() as { code: string; field?: string; params?: Record<string, unknown>; message?: string };
    return { status: error.getStatus(), code: body.code, field: body.field, params: body.params, message: body.message };
  }
}

describe('checkPhoto', () => {
  it('takes a 300×400 PNG or JPEG, judged by its content', () => {
    expect(checkPhoto(pngImage(300, 400))).toEqual({ contentType: 'image/png', width: 300, height: 400 });
    expect(checkPhoto(jpegHead(300, 400))).toEqual({ contentType: 'image/jpeg', width: 300, height: 400 });
  });

  it('refuses any other size, naming both sizes, in Korean and English', () => {
    for (const [w, h] of [
      [400, 300],
      [301, 400],
      [600, 800],
      [30, 40],
    ]) {
      const refused = refusalOf(pngImage(w, h));
      expect(refused).toMatchObject({
        status: 400,
        code: 'PHOTO.DIMENSIONS',
        field: 'photo',
        params: { width: w, height: h, expectedWidth: 300, expectedHeight: 400 },
      });
      expect(refused?.message).toMatch(/사진은 300×400픽셀.*\/ the photo must be cropped/);
    }
  });

  it('refuses what is no JPEG or PNG by content, whatever it claims to be', () => {
    const gif = Buffer.from('GIF89a\x2c\x01\x90\x01\x00\x00\x00;', 'latin1');
    const pdf = Buffer.from('%PDF-1.7 not a photo');
    // A PNG's signature with nothing of an image after it.
    const broken = pngImage(300, 400).subarray(0, 12);
    for (const content of [gif, pdf, broken, Buffer.from('<svg width="300" height="400"/>')])
      expect(refusalOf(content)).toMatchObject({ status: 400, code: 'PHOTO.TYPE', field: 'photo', params: { accepted: ['jpeg', 'png'] } });
  });

  it('refuses an empty file and one over 1 MB before reading it', () => {
    expect(refusalOf(Buffer.alloc(0))).toMatchObject({ status: 400, code: 'PHOTO.EMPTY', field: 'photo' });
    const large = Buffer.concat([jpegHead(300, 400), Buffer.alloc(1024 * 1024)]);
    expect(refusalOf(large)).toMatchObject({
      status: 413,
      code: 'PHOTO.TOO_LARGE',
      field: 'photo',
      params: { maxMegabytes: 1, bytes: large.length },
    });
  });
});

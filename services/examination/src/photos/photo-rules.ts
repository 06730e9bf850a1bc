import { APPLICANT_PHOTO_PIXELS, MAX_APPLICANT_PHOTO_BYTES } from '@baeum/api';
import { imageHead } from '@baeum/documents';
import { badRequest, CodedException } from '@baeum/service-kit';
import type { ApplicantPhoto } from './applicant-photo.entity';

const TYPES: Record<string, ApplicantPhoto['contentType']> = { jpg: 'image/jpeg', png: 'image/png' };

export type CheckedPhoto = Pick<ApplicantPhoto, 'contentType' | 'width' | 'height'>;

/**
 * A photo for the admission ticket: a JPEG or PNG by its content (not by any name), at most 1 MB, exactly
 * the ticket's size in pixels (the web app crops and renders it so). Each refusal names the field `photo`.
 */
export function checkPhoto(content: Buffer): CheckedPhoto {
  if (content.length === 0) throw badRequest('PHOTO.EMPTY', { field: 'photo', message: '빈 파일입니다 / the photo file is empty' });
  // The size is checked before anything of the file is read.
  if (content.length > MAX_APPLICANT_PHOTO_BYTES) {
    const maxMegabytes = MAX_APPLICANT_PHOTO_BYTES / 1024 / 1024;
    throw new CodedException(413, 'PHOTO.TOO_LARGE', {
      field: 'photo',
      params: { maxBytes: MAX_APPLICANT_PHOTO_BYTES, maxMegabytes, bytes: content.length },
      message: `사진은 ${maxMegabytes}MB까지입니다 / the photo may be at most ${maxMegabytes} MB`,
    });
  }
  const read = imageHead(content);
  const contentType = read ? TYPES[read.type] : undefined;
  if (!read || !contentType)
    throw badRequest('PHOTO.TYPE', {
      field: 'photo',
      params: { accepted: ['jpeg', 'png'] },
      message: '사진은 JPEG 또는 PNG 이미지만 받습니다 / the photo must be a JPEG or PNG image',
    });
  const { width, height } = read;
  const expected = APPLICANT_PHOTO_PIXELS;
  if (width !== expected.width || height !== expected.height)
    throw badRequest('PHOTO.DIMENSIONS', {
      field: 'photo',
      params: { width, height, expectedWidth: expected.width, expectedHeight: expected.height },
      message:
        `사진은 ${expected.width}×${expected.height}픽셀(3×4)로 잘라 올려야 합니다 (받은 사진 ${width}×${height}) / ` +
        `the photo must be cropped to ${expected.width}×${expected.height} pixels (3:4); this one is ${width}×${height}`,
    });
  return { contentType, width, height };
}

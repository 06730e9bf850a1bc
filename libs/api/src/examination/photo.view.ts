import { ApiProperty } from '@nestjs/swagger';

/**
 * 응시원서 사진: the size the admission ticket prints (3×4 cm) as the web app produces it, in pixels; the
 * server takes exactly this, so every ticket's photo is the same shape.
 */
export const APPLICANT_PHOTO_PIXELS = { width: 300, height: 400 } as const;

/** An applicant's photo may be at most 1 MB (a 300×400 JPEG is some 30 KB). */
export const MAX_APPLICANT_PHOTO_BYTES = 1024 * 1024;

/** The applicant's current photo, as uploaded (its image is fetched apart). */
export class ApplicantPhotoView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['image/jpeg', 'image/png'] })
  contentType: string;

  @ApiProperty({ example: APPLICANT_PHOTO_PIXELS.width })
  width: number;

  @ApiProperty({ example: APPLICANT_PHOTO_PIXELS.height })
  height: number;

  @ApiProperty({ description: 'bytes', example: 31204 })
  size: number;

  @ApiProperty({ format: 'date-time' })
  uploadedAt: string;
}

/** The applicant's photo as far as they have one: null until they register one (not an error a page must handle). */
export class MyPhotoView {
  @ApiProperty({ type: ApplicantPhotoView, nullable: true })
  photo: ApplicantPhotoView | null;
}

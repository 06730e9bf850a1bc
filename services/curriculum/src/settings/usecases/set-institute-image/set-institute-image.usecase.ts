import { INSTITUTE_IMAGE_PIXELS, InstituteImageView, MAX_INSTITUTE_IMAGE_BYTES } from '@baeum/api';
import { imageHead } from '@baeum/documents';
import { auditBy, AuthUser, CodedException, fieldError, invalidInput, recordAudit, uploadTooLarge } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { InstituteImage, InstituteImageKind } from '../../institute-image.entity';
import { imageFacts, imageOf, lockSettings, saveImage } from '../../settings.queries';

const TYPES: Record<string, InstituteImage['contentType']> = { png: 'image/png', jpg: 'image/jpeg' };

/** The image's type and size as read from its header; a file that is no PNG or JPEG is refused, naming `file`. */
function checkedImage(content: unknown): Pick<InstituteImage, 'contentType' | 'width' | 'height'> {
  if (!Buffer.isBuffer(content) || content.length === 0)
    throw invalidInput([
      fieldError('file', 'SETTINGS.IMAGE_REQUIRED', undefined, '이미지 파일을 보내 주세요 / send the image as the request body'),
    ]);
  // The size is checked before anything of the file is read.
  if (content.length > MAX_INSTITUTE_IMAGE_BYTES) {
    const { statusCode, code, message, params, field } = uploadTooLarge(MAX_INSTITUTE_IMAGE_BYTES, content.length);
    throw new CodedException(statusCode, code as 'FILE.TOO_LARGE', { message, params, field });
  }
  const read = imageHead(content);
  const contentType = read ? TYPES[read.type] : undefined;
  if (!read || !contentType)
    throw invalidInput([
      fieldError(
        'file',
        'SETTINGS.IMAGE_TYPE',
        { accepted: ['png', 'jpeg'] },
        'PNG 또는 JPEG 이미지만 받습니다 / only PNG or JPEG images are accepted',
      ),
    ]);
  const { width, height } = read;
  const { min, max } = INSTITUTE_IMAGE_PIXELS;
  if ([width, height].some((side) => side < min || side > max))
    throw invalidInput([
      fieldError(
        'file',
        'SETTINGS.IMAGE_DIMENSIONS',
        { width, height, min, max },
        `이미지는 가로·세로 ${min}~${max}픽셀이어야 합니다 / images must be ${min}-${max} pixels wide and high`,
      ),
    ]);
  return { contentType, width, height };
}

/**
 * 로고·직인 등록: the institute's logo or seal replaced by an uploaded PNG or JPEG (at most 1 MB, 32-4000 px
 * a side), stored in curriculum's database. Recorded in the audit log as its size and hash, not its bytes.
 */
@Injectable()
export class SetInstituteImageUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(user: AuthUser, kind: InstituteImageKind, content: unknown): Promise<InstituteImageView> {
    const checked = checkedImage(content);
    const bytes = content as Buffer;
    const image: InstituteImage = {
      tenantId: user.tenantId,
      kind,
      ...checked,
      content: bytes,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      updatedAt: new Date(),
    };
    return this.dataSource.transaction(async (tx) => {
      await lockSettings(tx, user.tenantId);
      const previous = await imageOf(tx, user.tenantId, kind);
      const facts = ({ contentType, width, height, bytes, sha256 }: InstituteImage) => ({ contentType, width, height, bytes, sha256 });
      // The same file again changes nothing.
      if (previous?.sha256 === image.sha256) return imageFacts(previous);
      await saveImage(tx, image);
      await recordAudit(
        tx,
        'curriculum',
        auditBy(user, {
          action: `settings.${kind}_changed`,
          subjectType: 'settings',
          subjectId: user.tenantId,
          before: previous ? facts(previous) : null,
          after: facts(image),
        }),
      );
      return imageFacts(image);
    });
  }
}

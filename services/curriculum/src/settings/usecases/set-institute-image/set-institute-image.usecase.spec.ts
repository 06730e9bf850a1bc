import { MAX_INSTITUTE_IMAGE_BYTES } from '@baeum/api';
import { pngImage, specUser, useSpecDatabase } from '@baeum/testing';
import { createHash } from 'node:crypto';
import { CurriculumEnv } from '../../../config/env';
import { curriculumDatabase } from '../../../database/settings';
import { imageOf } from '../../settings.queries';
import { SetInstituteImageUseCase } from './set-institute-image.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
const db = useSpecDatabase(curriculumDatabase(new CurriculumEnv()));
const useCase = () => new SetInstituteImageUseCase(db.dataSource);
const admin = () => specUser('admin', { name: '관리자' });
const auditOf = (tenantId: string) =>
  db.dataSource.query(`SELECT action, before, after FROM curriculum.audit_log WHERE tenant_id = $1 ORDER BY id`, [tenantId]);

describe('SetInstituteImageUseCase', () => {
  it('stores a PNG seal with its type, size and hash, and records them (not the bytes) with it', async () => {
    const user = admin();
    const png = pngImage(120, 80);
    const sha256 = createHash('sha256').update(png).digest('hex');
    expect(await useCase().execute(user, 'seal', png)).toMatchObject({
      contentType: 'image/png',
      width: 120,
      height: 80,
      bytes: png.length,
      sha256,
    });
    expect((await imageOf(db.dataSource.manager, user.tenantId, 'seal'))?.content.equals(png)).toBe(true);
    expect(await imageOf(db.dataSource.manager, user.tenantId, 'logo')).toBeNull();
    const facts = { contentType: 'image/png', width: 120, height: 80, bytes: png.length, sha256 };
    expect(await auditOf(user.tenantId)).toEqual([{ action: 'settings.seal_changed', before: null, after: facts }]);

    // A new logo is recorded as logo_changed; the same file again changes nothing.
    const logo = pngImage(64, 64, [0, 0, 200]);
    await useCase().execute(user, 'logo', logo);
    await useCase().execute(user, 'logo', logo);
    expect((await auditOf(user.tenantId)).map((e: { action: string }) => e.action)).toEqual([
      'settings.seal_changed',
      'settings.logo_changed',
    ]);
  });

  it('records the replaced image as before', async () => {
    const user = admin();
    await useCase().execute(user, 'seal', pngImage(100, 100));
    await useCase().execute(user, 'seal', pngImage(200, 200));
    expect((await auditOf(user.tenantId))[1]).toMatchObject({ before: { width: 100 }, after: { width: 200 } });
  });

  it.each([
    ['no file', Buffer.alloc(0), 400, 'SETTINGS.IMAGE_REQUIRED'],
    ['a text file', Buffer.from('%PDF-1.4 not an image at all'), 400, 'SETTINGS.IMAGE_TYPE'],
    ['an image too small', pngImage(8, 8), 400, 'SETTINGS.IMAGE_DIMENSIONS'],
    ['a file over 1 MB', Buffer.concat([pngImage(64, 64), Buffer.alloc(MAX_INSTITUTE_IMAGE_BYTES)]), 413, 'FILE.TOO_LARGE'],
  ])('refuses %s, naming the file, and stores and records nothing', async (_, content, status, code) => {
    const user = admin();
    await expect(useCase().execute(user, 'seal', content)).rejects.toMatchObject({
      status,
      response: expect.objectContaining({ errors: [expect.objectContaining({ field: 'file', code })] }),
    });
    expect(await imageOf(db.dataSource.manager, user.tenantId, 'seal')).toBeNull();
    expect(await auditOf(user.tenantId)).toEqual([]);
  });
});

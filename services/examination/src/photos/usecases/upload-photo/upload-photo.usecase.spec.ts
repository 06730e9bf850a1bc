import { AuthUser } from '@baeum/service-kit';
import { pngImage } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { openSpecDatabase, refusal, SpecDatabase } from '../../../../test/spec-database';
import { PhotoQueries } from '../../photo-queries';
import { UploadPhotoUseCase } from './upload-photo.usecase';

describe('UploadPhotoUseCase', () => {
  let db: SpecDatabase;
  let photos: PhotoQueries;
  let useCase: UploadPhotoUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    photos = new PhotoQueries(db.dataSource);
    useCase = new UploadPhotoUseCase(db.dataSource, photos);
  });
  afterAll(() => db.close());

  const applicant = (tenantId = randomUUID()): AuthUser => ({
    userId: randomUUID(),
    tenantId,
    role: 'applicant',
    agencyCode: null,
    name: '응시자',
  });
  const count = async (user: AuthUser) =>
    Number(
      (await db.rows<{ n: string }>('SELECT count(*) AS n FROM examination.applicant_photo WHERE applicant_id = $1', [user.userId]))[0].n,
    );

  it("keeps each upload as a new row; the latest is the applicant's own current photo", async () => {
    const user = applicant();
    const first = await useCase.execute(user, pngImage(300, 400, [10, 20, 30]));
    const second = await useCase.execute(user, pngImage(300, 400, [40, 50, 60]));
    expect(second).toMatchObject({ contentType: 'image/png', width: 300, height: 400 });
    expect(await count(user)).toBe(2);
    const current = await photos.latest(user.tenantId, user.userId, { withContent: true });
    expect([current?.id, current?.content.equals(pngImage(300, 400, [40, 50, 60]))]).toEqual([second.id, true]);
    // As of the moment between the two uploads, the first is the photo.
    const between = new Date(first.uploadedAt);
    expect((await photos.latest(user.tenantId, user.userId, { asOf: between }))?.id).toBe(first.id);
    expect(await photos.latest(user.tenantId, user.userId, { asOf: new Date(Date.parse(first.uploadedAt) - 1) })).toBeNull();
  });

  it("never reads another applicant's photo, nor the same user's in another institute", async () => {
    const user = applicant();
    await useCase.execute(user, pngImage(300, 400));
    expect(await photos.latest(user.tenantId, randomUUID())).toBeNull();
    expect(await photos.latest(randomUUID(), user.userId)).toBeNull();
  });

  it('stores nothing when the photo is refused', async () => {
    const user = applicant();
    expect(await refusal(useCase.execute(user, pngImage(600, 800)))).toMatchObject({ status: 400, code: 'PHOTO.DIMENSIONS' });
    expect(await refusal(useCase.execute(user, Buffer.from('%PDF-1.7')))).toMatchObject({ status: 400, code: 'PHOTO.TYPE' });
    expect(await count(user)).toBe(0);
  });
});

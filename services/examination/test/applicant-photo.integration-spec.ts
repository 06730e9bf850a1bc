import { ApiClient, pdfText, pngImage, ServiceStack } from '@baeum/testing';
import { applicantClient, applyAndPay, openExamBody, PASSWORD, WEBHOOK_SECRET } from './helpers';

/**
 * 응시원서 사진 (issue 14, item 2) over the real stack: an applicant's photo is checked by its content and
 * size before anything is stored, read back only by its owner, and the admission ticket prints the photo
 * the applicant had at the exam's deadline (a later one does not change it), or says there is none.
 */
let stack: ServiceStack;

beforeAll(async () => {
  stack = await ServiceStack.start({
    services: ['gateway', 'examination'],
    env: { examination: { PAYMENT_WEBHOOK_SECRET: WEBHOOK_SECRET } },
  });
}, 300_000);

afterAll(() => stack?.stop());

/** The photo as the page sends it: the raw image as the body. */
async function putPhoto(client: ApiClient, content: Buffer): Promise<{ status: number; body: any }> {
  const response = await client.raw('/api/exam/me/photo', {
    method: 'PUT',
    body: new Uint8Array(content),
    headers: { 'content-type': 'application/octet-stream' },
  });
  return { status: response.status, body: await response.json() };
}

/** A PNG's pixel data as PDFKit embeds it (the IDAT chunk's bytes, unchanged). */
const idatOf = (png: Buffer) => png.subarray(41, 41 + png.readUInt32BE(33));

it('checks the photo before storing it and gives it back to its owner alone', async () => {
  const [owner, other] = [applicantClient(stack.gatewayUrl), applicantClient(stack.gatewayUrl)];
  const none = await owner.get('/api/exam/me/photo/info');
  expect([none.status, none.body]).toEqual([200, { photo: null }]);

  const refusals = await Promise.all([
    putPhoto(owner, pngImage(600, 800)),
    putPhoto(owner, Buffer.from('%PDF-1.7 a photo.jpg in name only')),
    putPhoto(owner, Buffer.concat([pngImage(300, 400), Buffer.alloc(1024 * 1024)])),
  ]);
  expect(refusals.map((r) => [r.status, r.body.code, r.body.field])).toEqual([
    [400, 'PHOTO.DIMENSIONS', 'photo'],
    [400, 'PHOTO.TYPE', 'photo'],
    [413, 'PHOTO.TOO_LARGE', 'photo'],
  ]);
  expect(refusals[0].body.message).toMatch(/300×400픽셀.* \/ the photo must be cropped to 300×400 pixels/);
  expect((await owner.get('/api/exam/me/photo/info')).body).toEqual({ photo: null });

  const photo = pngImage(300, 400, [20, 120, 200]);
  const saved = await putPhoto(owner, photo);
  expect([saved.status, saved.body]).toEqual([200, expect.objectContaining({ contentType: 'image/png', width: 300, height: 400 })]);
  expect((await owner.get('/api/exam/me/photo/info')).body).toEqual({ photo: saved.body });
  const image = await owner.raw('/api/exam/me/photo');
  expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);
  expect(Buffer.from(await image.arrayBuffer()).equals(photo)).toBe(true);

  // Another applicant reads only their own (none); an officer and the anonymous have no such route.
  const stranger = await other.raw('/api/exam/me/photo');
  expect(stranger.status).toBe(404);
  expect(((await stranger.json()) as { code: string }).code).toBe('PHOTO.NOT_FOUND');
  expect((await other.get('/api/exam/me/photo/info')).body).toEqual({ photo: null });
  const officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
  expect((await officer.raw('/api/exam/me/photo')).status).toBe(403);
  expect((await new ApiClient(stack.gatewayUrl).raw('/api/exam/me/photo')).status).toBe(401);
}, 120_000);

it('prints on the ticket the photo the applicant had at the deadline, not a later one, and says when there is none', async () => {
  const officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
  let exam = await officer.post(
    '/api/exam/exams',
    openExamBody(1 + Math.floor(Math.random() * 99), { year: 2040 + Math.floor(Math.random() * 60) }),
  );
  for (let i = 0; i < 6 && exam.status === 409; i++)
    exam = await officer.post(
      '/api/exam/exams',
      openExamBody(1 + Math.floor(Math.random() * 99), { year: 2040 + Math.floor(Math.random() * 60) }),
    );
  expect(exam.status).toBe(201);
  const examId: string = exam.body.id;
  const position = await officer.post(`/api/exam/exams/${examId}/positions`, {
    jobSeries: 'general_admin',
    jobSeriesKo: '일반행정',
    grade: 9,
    openings: 2,
  });
  expect(position.status).toBe(201);
  const positionId: string = position.body.positions[0].id;

  const [withPhoto, without] = [applicantClient(stack.gatewayUrl), applicantClient(stack.gatewayUrl)];
  const atDeadline = pngImage(300, 400, [200, 30, 30]);
  const later = pngImage(300, 400, [30, 30, 200]);
  const kept = await putPhoto(withPhoto, atDeadline);
  expect(kept.status).toBe(200);
  const ids = { withPhoto: await applyAndPay(withPhoto, examId, positionId), without: await applyAndPay(without, examId, positionId) };

  // The deadlines pass (a second after the photo, whatever the machine's speed); the season gives numbers and seats.
  const deadlineFrom = Date.parse(kept.body.uploadedAt) + 1000;
  while (Date.now() < deadlineFrom + 1000) await new Promise((resolve) => setTimeout(resolve, 100));
  const closed = await officer.request('PATCH', `/api/exam/exams/${examId}`, {
    applicationClosesAt: new Date(Date.now() - 1000).toISOString(),
    cancellationClosesAt: new Date(Date.now() - 500).toISOString(),
  });
  expect(closed.status).toBe(200);
  expect((await putPhoto(withPhoto, later)).status).toBe(200);
  expect((await officer.post(`/api/exam/exams/${examId}/exam-numbers`, {})).body).toEqual({ assigned: 2 });
  const venue = await officer.post(`/api/exam/exams/${examId}/venues`, {
    nameKo: '서울사진중학교',
    agencyCode: 'MAPO-GU',
    address: '서울특별시 마포구 1',
  });
  expect((await officer.post(`/api/exam/venues/${venue.body.id}/rooms`, { name: '101호', seats: 4 })).status).toBe(201);
  expect((await officer.post(`/api/exam/exams/${examId}/seat-assignment`, {})).status).toBe(201);

  const ticketOf = async (client: ApiClient, id: string) => {
    const response = await client.raw(`/api/exam/applications/${id}/ticket`);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    return Buffer.from(await response.arrayBuffer());
  };
  const ticket = await ticketOf(withPhoto, ids.withPhoto);
  expect(ticket.toString('latin1')).toMatch(/\/Subtype \/Image/);
  expect([ticket.includes(idatOf(atDeadline)), ticket.includes(idatOf(later))]).toEqual([true, false]);
  // The officer's copy of the ticket shows the applicant's photo too, not the officer's (none).
  expect((await ticketOf(officer, ids.withPhoto)).includes(idatOf(atDeadline))).toBe(true);

  const bare = await ticketOf(without, ids.without);
  expect(bare.toString('latin1')).not.toMatch(/\/Subtype \/Image/);
  expect(pdfText(bare).replace(/\s+/g, ' ')).toContain('사진 미등록');
  // The other applicant's photo was never theirs to see.
  expect((await without.raw('/api/exam/me/photo')).status).toBe(404);
}, 180_000);

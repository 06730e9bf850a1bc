import { DemoTenants } from '@baeum/source-data';
import { ApiClient, clientAs, eventually, pngImage, ServiceStack } from '@baeum/testing';
import { createHash } from 'node:crypto';

/**
 * The institute administrator's agencies and settings over the real stack (PostgreSQL, Kafka, Redis),
 * through the gateway: each change with its audit entry in the service that keeps it (read back by
 * the services' GET /audit, which the gateway's merged log calls), refusals that change and record
 * nothing, images checked before they are stored, and one institute's administrator seeing nothing
 * of another's.
 */
const PASSWORD = 'Baeum!2022';
let stack: ServiceStack;
let admin: ApiClient;
let adminToken: string;
let manager: ApiClient;
let trainee: ApiClient;
let sejongAdmin: ApiClient & { userId: string };

/** A service's own GET /audit, as the gateway's merged log calls it, with the caller's token. */
const auditOf = async (service: 'enrollment' | 'curriculum', token: string, query = '') => {
  const response = await fetch(`${stack.url(service)}/audit${query}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as any };
};
const tokenOf = (client: ApiClient) => (client as unknown as { token: string }).token;
const put = (client: ApiClient, path: string, body: Buffer, contentType = 'application/octet-stream') =>
  client.raw(path, { method: 'PUT', body, headers: { 'content-type': contentType } });

beforeAll(async () => {
  stack = await ServiceStack.start({ services: ['gateway', 'curriculum', 'enrollment'] });
  const gateway = new ApiClient(stack.gatewayUrl);
  [admin, manager, trainee] = await Promise.all([
    gateway.signIn('seoul-hrd', 'admin@seoul-hrd.example', PASSWORD),
    gateway.signIn('seoul-hrd', 'manager@seoul-hrd.example', PASSWORD),
    gateway.signIn('seoul-hrd', 'trainee@seoul-hrd.example', PASSWORD),
  ]);
  adminToken = tokenOf(admin);
  sejongAdmin = clientAs(stack.gatewayUrl, { role: 'admin', tenantId: DemoTenants.sejong.id, name: '세종 관리자' });
});

afterAll(async () => {
  await stack?.stop();
});

describe('agencies (기관 관리)', () => {
  it("lists every agency with its kind, flag, default quota, trainees and admins; only for the institute's administrator", async () => {
    const { status, body } = await admin.get('/api/admin/agencies');
    expect(status).toBe(200);
    const mapo = body.find((a: { code: string }) => a.code === 'MAPO-GU');
    expect(mapo).toMatchObject({ kind: 'district', active: true, defaultQuota: 0, admins: [expect.objectContaining({ name: '윤기관' })] });
    expect(mapo.trainees).toBeGreaterThan(0);
    expect((await manager.get('/api/admin/agencies')).status).toBe(403);
    expect(
      (await manager.post('/api/admin/agencies', { code: 'X-1', nameKo: 'x', nameEn: 'x', kind: 'other', defaultQuota: 0 })).status,
    ).toBe(403);
  });

  it('creates, changes and deactivates an agency, each recorded in enrollment with the change; refusals record nothing', async () => {
    const created = await admin.post('/api/admin/agencies', {
      code: 'GANGNAM-TEST',
      nameKo: '강남 시험 기관',
      nameEn: 'Gangnam test agency',
      kind: 'other',
      defaultQuota: 3,
    });
    expect(created).toMatchObject({ status: 201, body: { code: 'GANGNAM-TEST', active: true, defaultQuota: 3, trainees: 0 } });
    const badCode = await admin.post('/api/admin/agencies', { code: 'bad code', nameKo: 'x', nameEn: 'x', kind: 'other', defaultQuota: 0 });
    expect(badCode.status).toBe(400);
    expect(badCode.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'VALIDATION.FORMAT' })]);
    const taken = await admin.post('/api/admin/agencies', {
      code: 'GANGNAM-TEST',
      nameKo: 'y',
      nameEn: 'y',
      kind: 'other',
      defaultQuota: 0,
    });
    expect(taken).toMatchObject({ status: 409, body: { code: 'AGENCY.CODE_TAKEN', field: 'code' } });

    expect(await admin.request('PATCH', '/api/admin/agencies/GANGNAM-TEST', { nameKo: '강남 기관', defaultQuota: 4 })).toMatchObject({
      status: 200,
      body: { nameKo: '강남 기관', nameEn: 'Gangnam test agency', defaultQuota: 4 },
    });
    expect((await admin.request('PATCH', '/api/admin/agencies/GANGNAM-TEST', { defaultQuota: -1 })).status).toBe(400);
    expect((await admin.post('/api/admin/agencies/GANGNAM-TEST/deactivate', {})).body).toMatchObject({ active: false });

    const { status, body: entries } = await auditOf('enrollment', adminToken, '?q=GANGNAM-TEST');
    expect(status).toBe(200);
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['agency.deactivated', 'agency.changed', 'agency.created']);
    expect(entries[1]).toMatchObject({
      service: 'enrollment',
      actorName: '관리자',
      actorRole: 'admin',
      subjectType: 'agency',
      subjectId: 'GANGNAM-TEST',
      before: { nameKo: '강남 시험 기관', defaultQuota: 3 },
      after: { nameKo: '강남 기관', defaultQuota: 4 },
    });
    expect((await auditOf('enrollment', tokenOf(manager))).status).toBe(403);

    // An agency without trainees may be deleted; one with trainees is refused.
    expect((await admin.request('DELETE', '/api/admin/agencies/MAPO-GU')).body).toMatchObject({ code: 'AGENCY.HAS_TRAINEES' });
    expect((await admin.request('DELETE', '/api/admin/agencies/GANGNAM-TEST')).status).toBe(204);
    expect((await admin.get('/api/admin/agencies')).body.some((a: { code: string }) => a.code === 'GANGNAM-TEST')).toBe(false);
  });

  it("shows another institute's administrator none of it", async () => {
    const { body } = await sejongAdmin.get('/api/admin/agencies');
    expect(body.map((a: { code: string }) => a.code)).not.toContain('MAPO-GU');
    expect((await sejongAdmin.request('PATCH', '/api/admin/agencies/MAPO-GU', { nameKo: '빼앗긴 이름' })).status).toBe(404);
    expect((await sejongAdmin.post('/api/admin/agencies/MAPO-GU/deactivate', {})).status).toBe(404);
    expect((await auditOf('enrollment', tokenOf(sejongAdmin))).body).toEqual([]);
    expect((await admin.get('/api/admin/agencies')).body.find((a: { code: string }) => a.code === 'MAPO-GU').nameKo).not.toBe(
      '빼앗긴 이름',
    );
  });
});

describe('institute settings (기관 설정)', () => {
  const seal = pngImage(300, 300);
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  it("reads the institute's names until they are set, and stores names, code and holidays with their audit entry and event", async () => {
    expect(await admin.get('/api/admin/settings')).toMatchObject({
      status: 200,
      body: { nameKo: DemoTenants.seoul.nameKo, code: '', holidays: [], logo: null, seal: null, distancingEnabled: false },
    });
    expect((await manager.get('/api/admin/settings')).status).toBe(403);
    const holidays = [{ date: '2027-05-20', name: '개원기념일' }];
    const { status, body } = await admin.request('PUT', '/api/admin/settings', { code: 'SEOUL-HRD', holidays });
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: 'SEOUL-HRD', holidays });

    const bad = await admin.request('PUT', '/api/admin/settings', { code: 'bad code', holidays: [{ date: '2027-02-30', name: 'x' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['code', 'holidays.0.date'].sort());

    const { body: entries } = await auditOf('curriculum', adminToken, '?action=settings.changed');
    expect(entries).toEqual([
      expect.objectContaining({
        service: 'curriculum',
        actorName: '관리자',
        before: { code: '', holidays: [] },
        after: { code: 'SEOUL-HRD', holidays },
      }),
    ]);
    // Announced for the other services, with the holidays, and relayed to Kafka.
    const [event] = await eventually(
      async () => {
        const rows = await stack.query<{ envelope: { payload: unknown } }>(
          'curriculum',
          `SELECT envelope FROM curriculum.outbox WHERE type = 'curriculum.settings.changed' AND published_at IS NOT NULL`,
        );
        return rows.length > 0 ? rows : undefined;
      },
      { what: 'curriculum.settings.changed relayed' },
    );
    expect(event.envelope.payload).toMatchObject({ tenantId: DemoTenants.seoul.id, code: 'SEOUL-HRD', holidays });
  });

  it('stores a PNG seal, served back to staff as it was sent, recorded as its size and hash', async () => {
    const stored = await put(admin, '/api/admin/settings/seal', seal);
    expect(stored.status).toBe(200);
    expect(await stored.json()).toMatchObject({ contentType: 'image/png', width: 300, height: 300, bytes: seal.length, sha256: sha(seal) });
    const served = await manager.raw('/api/settings/seal');
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(seal)).toBe(true);
    expect((await manager.raw('/api/settings/logo')).status).toBe(404);
    expect((await trainee.raw('/api/settings/seal')).status).toBe(403);
    const { body: entries } = await auditOf('curriculum', adminToken, '?action=settings.seal_changed');
    expect(entries).toEqual([
      expect.objectContaining({ before: null, after: expect.objectContaining({ bytes: seal.length, sha256: sha(seal) }) }),
    ]);
  });

  it('refuses a file that is no image (400) and one over 1 MB (413), naming the file, and changes and records nothing', async () => {
    const text = await put(admin, '/api/admin/settings/logo', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    expect(text.status).toBe(400);
    expect(((await text.json()) as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({ field: 'file', code: 'SETTINGS.IMAGE_TYPE' }),
    ]);
    const huge = await put(admin, '/api/admin/settings/seal', Buffer.concat([pngImage(64, 64), Buffer.alloc(1024 * 1024 + 1)]));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ code: 'FILE.TOO_LARGE', field: 'file' });
    const { body } = await admin.get('/api/admin/settings');
    expect(body).toMatchObject({ logo: null, seal: { sha256: sha(seal) } });
    expect((await auditOf('curriculum', adminToken, '?action=settings.')).body).toHaveLength(2);
  });

  it("shows another institute's administrator none of it", async () => {
    expect((await sejongAdmin.get('/api/admin/settings')).body).toMatchObject({ code: '', holidays: [], seal: null });
    expect((await sejongAdmin.raw('/api/settings/seal')).status).toBe(404);
    expect((await auditOf('curriculum', tokenOf(sejongAdmin))).body).toEqual([]);
  });
});

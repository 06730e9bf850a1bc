import { ResultLookupView, ScoreDisclosureView } from '@baeum/api';
import {
  AuthUser,
  CacheStore,
  CodedException,
  MemoryCacheStore,
  publishedInstantsKey,
  PublishedReadModels,
  publishedResultKey,
  publishedScoresKey,
} from '@baeum/service-kit';
import { randomUUID } from 'node:crypto';
import { ServiceClients } from '../clients/service-clients';
import type { GatewayEnv } from '../config/env';
import { ResultLookup } from './result-lookup';

describe('ResultLookup (합격자 조회 at the gateway)', () => {
  const tenantId = randomUUID();
  const examId = randomUUID();
  const applicant = (): AuthUser => ({ userId: randomUUID(), tenantId, role: 'applicant', agencyCode: null, name: '응시자' });
  const writtenAt = new Date(Date.now() - 60_000).toISOString();
  const facts = { examId, examTitleKo: '2031년 시험', examTitleEn: '2031 exam', examNumber: '10100001', positionLabelKo: '일반행정 9급' };
  const fromService: ResultLookupView = {
    ...facts,
    examNumber: '10100002',
    written: { published: true, publishAt: writtenAt, result: 'fail' },
    final: { published: false, publishAt: null },
  };

  let published: MemoryCacheStore;
  let limits: CacheStore;
  let call: jest.Mock;
  let lookup: ResultLookup;
  const warn = jest.fn();

  beforeEach(async () => {
    published = new MemoryCacheStore();
    limits = new MemoryCacheStore();
    call = jest.fn().mockResolvedValue(fromService);
    lookup = new ResultLookup(
      { call } as unknown as ServiceClients,
      { store: published } as unknown as PublishedReadModels,
      limits,
      { RESULTS_LOOKUPS_PER_MINUTE: 3 } as GatewayEnv,
      { warn },
    );
    await published.set(publishedInstantsKey(examId), JSON.stringify({ written: writtenAt, final: null }), 600);
  });

  const publish = (user: AuthUser) =>
    published.set(publishedResultKey(user.tenantId, user.userId, examId), JSON.stringify({ ...facts, written: 'pass' }), 600);

  it('answers a published applicant from the read model, without calling the examination service', async () => {
    const user = applicant();
    await publish(user);
    expect(await lookup.lookup(user, 'Bearer t', examId)).toEqual({
      ...facts,
      written: { published: true, publishAt: writtenAt, result: 'pass' },
      final: { published: false, publishAt: null },
    });
    expect(call).not.toHaveBeenCalled();
  });

  it("asks the examination service on a miss, with the caller's token: not yet published, another's entry, a stage not yet in it", async () => {
    const owner = applicant();
    await publish(owner);
    const other = applicant();
    expect(await lookup.lookup(other, 'Bearer other', examId)).toBe(fromService);
    expect(call).toHaveBeenLastCalledWith('examination', `/results/${examId}`, { authorization: 'Bearer other' });
    // Same user in another institute: another key.
    expect(await lookup.lookup({ ...owner, tenantId: randomUUID() }, 'Bearer x', examId)).toBe(fromService);
    // The final instant has passed but its announcement has not reached the entry yet.
    await published.set(publishedInstantsKey(examId), JSON.stringify({ written: writtenAt, final: writtenAt }), 600);
    expect(await lookup.lookup(owner, 'Bearer owner', examId)).toBe(fromService);
    expect(call).toHaveBeenCalledTimes(3);
  });

  it('asks the examination service when the read model cannot be read (Redis down)', async () => {
    const user = applicant();
    await publish(user);
    jest.spyOn(published, 'get').mockRejectedValue(new Error('connection refused'));
    jest.spyOn(limits, 'incrementWindow').mockRejectedValue(new Error('connection refused'));
    expect(await lookup.lookup(user, 'Bearer t', examId)).toBe(fromService);
    expect(warn).toHaveBeenCalled();
  });

  it('refuses an applicant beyond the limit a minute, 429 RATE_LIMITED with a retry time, hits and misses alike', async () => {
    const user = applicant();
    await publish(user);
    for (let i = 0; i < 3; i++) await lookup.lookup(user, 'Bearer t', examId);
    const refused = await lookup.lookup(user, 'Bearer t', examId).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CodedException);
    expect((refused as CodedException).getStatus()).toBe(429);
    expect((refused as CodedException).getResponse()).toMatchObject({ code: 'RATE_LIMITED', params: { retryAfterSeconds: 60 } });
    const stranger = applicant();
    for (let i = 0; i < 3; i++) await lookup.lookup(stranger, 'Bearer s', examId);
    await expect(lookup.lookup(stranger, 'Bearer s', examId)).rejects.toBeInstanceOf(CodedException);
    expect(call).toHaveBeenCalledTimes(3);
  });

  it("passes anyone else's call on to the examination service, which answers them (403)", async () => {
    const officer: AuthUser = { ...applicant(), role: 'exam_officer' };
    await publish(officer);
    for (let i = 0; i < 5; i++) await lookup.lookup(officer, 'Bearer o', examId);
    expect(call).toHaveBeenCalledTimes(5);
  });

  describe('성적 공개 (score disclosure)', () => {
    const disclosure = (endsInMs: number): ScoreDisclosureView => ({
      ...facts,
      result: 'pass',
      absent: false,
      subjects: [{ nameKo: '국어', raw: 80, bonus: 5, withBonus: 85, belowMinimum: false }],
      bonusPercent: 5,
      total: 85,
      average: 85,
      passMark: 70.5,
      standing: { rank: 2, sat: 40 },
      passed: 6,
      publishedAt: writtenAt,
      disclosureEndsAt: new Date(Date.now() + endsInMs).toISOString(),
    });
    const publishScores = (user: AuthUser, view: ScoreDisclosureView) =>
      published.set(publishedScoresKey(user.tenantId, user.userId, examId), JSON.stringify({ ...view, applicantId: user.userId }), 600);

    it("answers the caller's own disclosure from the read model, only its fields, without calling the service", async () => {
      const user = applicant();
      const view = disclosure(86_400_000);
      await publishScores(user, view);
      expect(await lookup.disclosure(user, 'Bearer t', examId)).toEqual(view);
      expect(call).not.toHaveBeenCalled();
    });

    it('asks the examination service on a miss (another applicant, not yet written, Redis down), with the caller’s token', async () => {
      await publishScores(applicant(), disclosure(86_400_000));
      const other = applicant();
      await lookup.disclosure(other, 'Bearer other', examId);
      expect(call).toHaveBeenLastCalledWith('examination', `/results/${examId}/scores`, { authorization: 'Bearer other' });
      const user = applicant();
      await publishScores(user, disclosure(86_400_000));
      jest.spyOn(published, 'get').mockRejectedValue(new Error('connection refused'));
      await lookup.disclosure(user, 'Bearer t', examId);
      expect(call).toHaveBeenCalledTimes(2);
    });

    it('refuses once the disclosure period has ended: 410 SCORE_DISCLOSURE.CLOSED', async () => {
      const user = applicant();
      await publishScores(user, disclosure(-1000));
      const refused = await lookup.disclosure(user, 'Bearer t', examId).catch((e: unknown) => e);
      expect((refused as CodedException).getStatus()).toBe(410);
      expect((refused as CodedException).getResponse()).toMatchObject({ code: 'SCORE_DISCLOSURE.CLOSED' });
      expect(call).not.toHaveBeenCalled();
    });

    it('counts disclosures in the same allowance a minute as result lookups (429 RATE_LIMITED beyond)', async () => {
      const user = applicant();
      await publish(user);
      await publishScores(user, disclosure(86_400_000));
      await lookup.lookup(user, 'Bearer t', examId);
      await lookup.disclosure(user, 'Bearer t', examId);
      await lookup.disclosure(user, 'Bearer t', examId);
      const refused = await lookup.disclosure(user, 'Bearer t', examId).catch((e: unknown) => e);
      expect((refused as CodedException).getResponse()).toMatchObject({ code: 'RATE_LIMITED', params: { retryAfterSeconds: 60 } });
    });
  });
});

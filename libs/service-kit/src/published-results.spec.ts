import { randomUUID } from 'node:crypto';
import { MemoryCacheStore } from './cache';
import { composeResultView, PublishedInstants, publishedInstantsKey, PublishedResult, publishedResultKey } from './published-results';

describe('published results', () => {
  const tenantId = randomUUID();
  const userId = randomUUID();
  const examId = randomUUID();
  const facts = { examId, examTitleKo: '2031년 시험', examTitleEn: '2031 exam', examNumber: '10100001', positionLabelKo: '일반행정 9급' };
  const now = Date.parse('2031-06-01T10:00:00.000Z');
  const past = '2031-06-01T09:00:00.000Z';
  const future = '2031-06-02T09:00:00.000Z';

  it('keys an entry by tenant, user and exam, each telling entries apart', () => {
    expect(publishedResultKey(tenantId, userId, examId)).toBe(`results:${tenantId}:${userId}:${examId}`);
    const keys = new Set([
      publishedResultKey(tenantId, userId, examId),
      publishedResultKey(randomUUID(), userId, examId),
      publishedResultKey(tenantId, randomUUID(), examId),
      publishedResultKey(tenantId, userId, randomUUID()),
    ]);
    expect(keys.size).toBe(4);
    expect(publishedInstantsKey(examId)).toBe(`result-instants:${examId}`);
    expect(publishedInstantsKey(examId)).not.toBe(publishedResultKey(tenantId, userId, examId));
  });

  it('answers as the examination service does: a published stage with its result, an unpublished one with its instant only', () => {
    const entry: PublishedResult = { ...facts, written: 'pass' };
    const view = composeResultView(entry, { written: past, final: future }, now);
    expect(view).toEqual({
      ...facts,
      written: { published: true, publishAt: past, result: 'pass' },
      final: { published: false, publishAt: future },
    });
    expect(composeResultView({ ...facts }, { written: null, final: null }, now)).toEqual({
      ...facts,
      written: { published: false, publishAt: null },
      final: { published: false, publishAt: null },
    });
    // A published stage the applicant did not reach has no result (null), as the service answers.
    expect(composeResultView({ ...facts, written: 'fail', final: null }, { written: past, final: past }, now)?.final).toEqual({
      published: true,
      publishAt: past,
      result: null,
    });
  });

  it('cannot tell (null) while a stage whose instant has passed is not yet in the entry', () => {
    const instants: PublishedInstants = { written: past, final: past };
    expect(composeResultView({ ...facts, written: 'pass' }, instants, now)).toBeNull();
    expect(composeResultView({ ...facts }, { written: past, final: null }, now)).toBeNull();
  });

  it('lets nothing but the view leave the entry, and no result before its instant', () => {
    const entry = { ...facts, written: 'pass', final: 'pass', birthDate: '1998-04-12' } as PublishedResult;
    const view = composeResultView(entry, { written: past, final: future }, now);
    expect(JSON.stringify(view)).not.toMatch(/1998-04-12/);
    expect(view?.final).toEqual({ published: false, publishAt: future });
  });

  it('writes many entries at once, each with its lifetime', async () => {
    const store = new MemoryCacheStore();
    await store.setMany(
      [
        ['a', '1'],
        ['b', '2'],
      ],
      60,
    );
    expect([await store.get('a'), await store.get('b'), await store.get('c')]).toEqual(['1', '2', null]);
  });
});

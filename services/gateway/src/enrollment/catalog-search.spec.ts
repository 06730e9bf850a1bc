import { catalogMatches } from './catalog-search';

const row = (courseId: string | null, courseNameKo: string, courseCode = 'X') => ({
  courseId,
  courseCode,
  courseNameKo,
  courseNameEn: 'English name',
});

describe('the catalog search in the gateway (issue 13, item 5)', () => {
  const rows = [row('c1', 'AI 활용 문서 자동화', 'AI-DOCS'), row('c2', '신임자 교육과정', 'NEWCOMER'), row(null, '엑셀 기초', 'EXCEL')];

  it('keeps the rows of the courses curriculum found by their descriptions', () => {
    expect(catalogMatches(rows, ['c2'], '공직가치').map((r) => r.courseId)).toEqual(['c2']);
  });

  it('keeps rows whose own name or code holds every word, case aside, also without a course id', () => {
    expect(catalogMatches(rows, [], '엑셀').map((r) => r.courseCode)).toEqual(['EXCEL']);
    expect(catalogMatches(rows, [], 'ai-docs 자동화').map((r) => r.courseCode)).toEqual(['AI-DOCS']);
    expect(catalogMatches(rows, [], 'AI 신임자')).toEqual([]);
  });

  it('takes wildcards and quotes as plain characters', () => {
    expect(catalogMatches(rows, [], '%')).toEqual([]);
    expect(catalogMatches(rows, [], "_ '")).toEqual([]);
  });
});

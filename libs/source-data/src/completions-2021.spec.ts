import {
  completions2021Bytes,
  completions2021Courses,
  completions2021Csv,
  completions2021Lines,
  RESULTS_2021,
  surveys2021Responses,
} from './completions-2021';

const codes = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(3, '0')}`);
const catalog = { general: codes('G', 130), e_learning: codes('E', 191) };

describe('the 2021 completions generator', () => {
  it("gives the source's courses and completions per type at full scale", () => {
    const courses = completions2021Courses(catalog);
    for (const type of ['general', 'e_learning'] as const) {
      const own = courses.filter((c) => c.educationType === type);
      expect(own.length).toBe(RESULTS_2021[type].courses);
      expect(own.reduce((s, c) => s + c.completions, 0)).toBe(RESULTS_2021[type].trainees);
      expect(own.every((c) => c.completions > 0)).toBe(true);
    }
    expect([RESULTS_2021.general.trainees, RESULTS_2021.e_learning.trainees]).toEqual([19_773, 701_273]);
  });

  it('keeps a completion for every course at a small scale, and refuses a catalog too small', () => {
    const courses = completions2021Courses(catalog, 0.0001);
    expect(courses.every((c) => c.completions >= 1)).toBe(true);
    expect(() => completions2021Courses({ general: codes('G', 10), e_learning: catalog.e_learning })).toThrow(/113 general/);
  });

  it('writes one line per completion, counted to the byte, in chunks', () => {
    const courses = completions2021Courses(catalog, 0.001);
    const text = [...completions2021Csv(courses, ['A', 'B'], 100)].join('');
    expect(text.split('\r\n').length - 2).toBe([...completions2021Lines(courses, ['A', 'B'])].length);
    expect(Buffer.byteLength(text)).toBe(completions2021Bytes(courses, ['A', 'B']));
  });

  it("scores the surveys so that each type's mean is the source's to the hundredth", () => {
    for (const scale of [1, 0.001]) {
      const responses = [...surveys2021Responses(completions2021Courses(catalog, scale), 5)];
      for (const type of ['general', 'e_learning'] as const) {
        const own = responses.filter((r) => r.educationType === type);
        const mean = own.reduce((s, r) => s + r.itemScores.reduce((a, b) => a + b, 0) / 5, 0) / own.length;
        expect(Math.round(mean * 100) / 100).toBe(RESULTS_2021[type].satisfaction);
        expect(own.every((r) => r.itemScores.every((x) => x === 4 || x === 5))).toBe(true);
      }
    }
  });
});

import { curriculumErrors } from '../../i18n/errors/curriculum';
import { i18next, registerCatalogue, setLanguage } from '../../i18n/i18n';
import { curriculum } from './i18n';

registerCatalogue('curriculum', curriculum);
const HANGUL = /[가-힣]/;
/** The values a text names; a name's Korean and English forms (courseNameKo / courseNameEn, room / roomEn) count as one. */
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1].replace(/(Ko|En)$/, '')).sort();

describe('the curriculum words', () => {
  afterEach(() => setLanguage('ko'));

  it('say everything in English in English: plan terms (상시, 계속) too', () => {
    for (const [key, pair] of Object.entries({ ...curriculum, ...curriculumErrors })) {
      expect({ key, en: HANGUL.test(pair.en) }).toEqual({ key, en: false });
      // Both sides name the same values.
      expect({ key, values: placeholders(pair.en) }).toEqual({ key, values: placeholders(pair.ko) });
    }
    setLanguage('en');
    expect(i18next.t('alwaysOpen', { ns: 'curriculum' })).toBe('Always open');
    expect(i18next.t('courseStatus.continued', { ns: 'curriculum' })).toBe('Continued');
  });

  it('put the particle a name takes after it, never "을(를)" after a Korean word', () => {
    const t = (key: 'plans.created' | 'plans.approved', label: string) => i18next.t(key, { ns: 'curriculum', label });
    expect(t('plans.created', '2027년 계획 당초')).toBe('2027년 계획 당초를 만들었습니다.');
    expect(t('plans.approved', '2027년 계획 변경')).toBe('2027년 계획 변경을 확정했습니다.');
    expect(t('plans.created', '2022년 계획(안)')).toBe('2022년 계획(안)을 만들었습니다.');
    expect(
      i18next.t('COHORT.ROOM_BOOKED', {
        ns: 'errors',
        room: '창의관 전산실 1',
        courseNameKo: '엑셀',
        cohortNo: 1,
        startDate: '2027-12-06',
        endDate: '2027-12-07',
        dailyStartTime: '10:00',
        dailyEndTime: '16:00',
      }),
    ).toMatch(/^창의관 전산실 1은 같은 시간에 엑셀 1기\(2027\. 12\. 6\. ~ 2027\. 12\. 7\. 10:00–16:00\)가 쓰고 있습니다/);
    setLanguage('en');
    expect(t('plans.created', '2027 plan, original')).toBe('Opened 2027 plan, original.');
  });
});

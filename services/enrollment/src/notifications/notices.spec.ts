import { NOTICE_TEXTS } from './notices';

/** The notices trainees read: both languages for every kind, no particle written as a pair after a name. */
describe('notice texts', () => {
  it.each(Object.entries(NOTICE_TEXTS))('%s reads in Korean and English with the same placeholders', (_kind, [ko, en]) => {
    expect(ko).toMatch(/[가-힣]/);
    expect(en).not.toMatch(/[가-힣]/);
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(placeholders(ko)).toEqual(placeholders(en));
    expect(ko).not.toMatch(/\((을|를|이|가|은|는)\)/);
  });
});

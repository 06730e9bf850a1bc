import { withParticle } from './particles';

describe('Korean particles follow the word before them', () => {
  it('chooses by the last syllable', () => {
    expect(withParticle('당초', '을/를')).toBe('당초를');
    expect(withParticle('변경', '을/를')).toBe('변경을');
    expect(withParticle('마포구청', '이/가')).toBe('마포구청이');
    expect(withParticle('서울특별시 인재개발원', '은/는')).toBe('서울특별시 인재개발원은');
    expect(withParticle('창의관 101호', '와/과')).toBe('창의관 101호와');
  });

  it('takes 로 after ㄹ and after a vowel, 으로 after other final consonants', () => {
    expect(withParticle('교실', '으로/로')).toBe('교실로');
    expect(withParticle('기획', '으로/로')).toBe('기획으로');
    expect(withParticle('교육과', '으로/로')).toBe('교육과로');
  });

  it('reads numbers as they are spoken', () => {
    expect(withParticle('3', '을/를')).toBe('3을');
    expect(withParticle('2', '을/를')).toBe('2를');
    expect(withParticle('10', '이/가')).toBe('10이');
    expect(withParticle('1,000', '이/가')).toBe('1,000이');
    expect(withParticle('7', '으로/로')).toBe('7로');
  });

  it('reads the word before a closing bracket', () => {
    expect(withParticle('2022년 계획(안)', '을/를')).toBe('2022년 계획(안)을');
    expect(withParticle('교육과정(신규)', '이/가')).toBe('교육과정(신규)가');
    expect(withParticle('보고서 [최종]', '은/는')).toBe('보고서 [최종]은');
    expect(withParticle('"졸음"', '은/는')).toBe('"졸음"은');
    expect(withParticle('“결석”', '이/가')).toBe('“결석”이');
  });

  it('writes the pair out after a word whose sound it cannot tell', () => {
    expect(withParticle('Excel', '을/를')).toBe('Excel을(를)');
    expect(withParticle('ICT', '이/가')).toBe('ICT이(가)');
  });
});

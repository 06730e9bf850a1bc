import { josa } from 'es-hangul';

/** The Korean particle pairs the catalogues use, written as the pair (`을/를`). */
export type Particle = '을/를' | '이/가' | '은/는' | '와/과' | '으로/로' | '이나/나' | '이랑/랑' | '아/야';

const DIGIT_SOUNDS = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
/** How a number's last part sounds: 10 → 십, 200 → 백, 3000 → 천, 40000 → 만. */
function spokenEnding(digits: string): string {
  const trailingZeros = digits.length - digits.replace(/0+$/, '').length;
  if (trailingZeros === 0 || digits === '0') return DIGIT_SOUNDS[Number(digits.at(-1))];
  return ['십', '백', '천', '만'][Math.min(trailingZeros, 4) - 1];
}

/**
 * The word followed by the particle its last sound takes (당초를, 마포구청이, 3명을 → …). A Hangul
 * syllable or a number decides by its sound; any other ending (a Latin name) gets the pair
 * written out, as Korean typesetting does when the sound is unknown (Excel을(를)).
 */
export function withParticle(word: string, particle: Particle): string {
  const trimmed = word.trimEnd();
  // A closing bracket or quote is not read: "2022년 계획(안)" ends in the sound of 안, "졸음" in 음.
  const spoken = trimmed.replace(/[)\]」』〕"'”’]+$/, '');
  if (spoken !== trimmed && spoken !== '') return trimmed + withParticle(spoken, particle).slice(spoken.length);
  const last = trimmed.at(-1) ?? '';
  if (/[가-힣]/.test(last)) return josa(trimmed, particle);
  const number = /(\d[\d,]*)$/.exec(trimmed)?.[1]?.replaceAll(',', '');
  if (number) return trimmed + josa(spokenEnding(number), particle).slice(1);
  const [withBatchim, without] = particle.split('/');
  return `${trimmed}${withBatchim}(${without})`;
}

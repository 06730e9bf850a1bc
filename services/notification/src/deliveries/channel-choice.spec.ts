import { DEFAULT_PREFERENCES } from '../preferences/preferences.queries';
import { asTextMessage, cutToBytes, eucKrBytes } from '../texts/text-message-provider';
import { channelsFor, textOf } from './channel-choice';

describe('channel choice', () => {
  it('tells by e-mail by default and by text only when the person opted in and has a mobile number', () => {
    expect(channelsFor(DEFAULT_PREFERENCES, null)).toEqual(['email']);
    expect(channelsFor(DEFAULT_PREFERENCES, '010-1234-5678')).toEqual(['email']);
    expect(channelsFor({ ...DEFAULT_PREFERENCES, sms: true }, '010-1234-5678')).toEqual(['email', 'sms']);
    expect(channelsFor({ ...DEFAULT_PREFERENCES, sms: true }, null)).toEqual(['email']);
    expect(channelsFor({ ...DEFAULT_PREFERENCES, email: false, sms: true }, '010-1234-5678')).toEqual(['sms']);
    // E-mail off and no texts: the inbox alone (written apart from these channels).
    expect(channelsFor({ ...DEFAULT_PREFERENCES, email: false }, '010-1234-5678')).toEqual([]);
  });

  it('writes a text from the subject’s Korean part', () => {
    expect(textOf({ subject: '[원서 접수] 9급 공채 / Application received' })).toBe('[원서 접수] 9급 공채 - 배움');
    expect(textOf({ subject: '예산 집행률 80% 초과' })).toBe('예산 집행률 80% 초과 - 배움');
  });
});

describe('text length (EUC-KR bytes, as carriers count)', () => {
  it('counts one byte per ASCII character and two per Hangul or other character', () => {
    expect(eucKrBytes('abc 123')).toBe(7);
    expect(eucKrBytes('가나다')).toBe(6);
    expect(eucKrBytes('[원서 접수] 9급')).toBe(15);
    // A character EUC-KR lacks (an emoji, one code point of two UTF-16 units) counts as two bytes, not four.
    expect(eucKrBytes('😀')).toBe(2);
  });

  it('sends up to 90 bytes as an SMS and more as an LMS, cut at 2,000 bytes without splitting a character', () => {
    const fits = '가'.repeat(45);
    expect(asTextMessage(fits)).toEqual({ kind: 'sms', text: fits, bytes: 90 });
    expect(asTextMessage(`${fits}a`)).toMatchObject({ kind: 'lms', bytes: 91 });
    expect(asTextMessage('a'.repeat(90))).toMatchObject({ kind: 'sms', bytes: 90 });
    const long = asTextMessage('가'.repeat(1500));
    expect(long.kind).toBe('lms');
    expect(long.bytes).toBeLessThanOrEqual(2000);
    expect(long.text.endsWith('…')).toBe(true);
    expect(cutToBytes('가나다라', 7)).toBe('가나…');
  });
});

import { judgePassword, MIN_PASSWORD_LENGTH } from './password-policy';
import { temporaryPassword } from './workflows/issue-trainee-account.workflow';

describe('password policy (docs/adr/0007-password-policy.md)', () => {
  it.each(['password12', 'qwerty12345', '1234567890', 'abcdefghij', 'iloveyou12', 'aaaaaaaaaaaa'])(
    'refuses the common or guessable %s',
    (p) => {
      expect(judgePassword(p).ok).toBe(false);
    },
  );

  it('refuses anything shorter than 10 characters, however random', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
    expect(judgePassword('xQ7#pR2!m').ok).toBe(false);
  });

  it.each(['Baeum!2022', 'mapo-new-2031', 'Apply-Exam-2031', 'xQ7pR2mK9vL4!'])('accepts %s', (p) => {
    expect(judgePassword(p).ok).toBe(true);
  });

  it("refuses a password made of the person's own e-mail, name or institute", () => {
    expect(judgePassword('kimcheolsu2031', []).ok).toBe(true);
    expect(judgePassword('kimcheolsu2031', ['kimcheolsu@seoul-hrd.example', '김철수', 'seoul-hrd']).ok).toBe(false);
  });

  it('accepts the passwords the tests set for new accounts, with their own e-mails as personal words', () => {
    expect(judgePassword('mapo-new-2031', ['new-123abc@mapo.example', '신규직원']).ok).toBe(true);
    expect(judgePassword('Apply-Exam-2031', ['applicant-123abc@example.com', '김응시', 'seoul-hrd']).ok).toBe(true);
  });

  it('judges only the first 32 characters, so a long password cannot hold the event loop for seconds', () => {
    expect(judgePassword('Lantern-Walk-4821' + 'a'.repeat(180)).ok).toBe(true);
    expect(judgePassword('password'.repeat(4) + 'Lantern-Walk-4821').ok).toBe(false);
  });

  it('generates temporary passwords that pass the policy themselves', () => {
    for (let n = 0; n < 50; n++) {
      const password = temporaryPassword(['kim@mapo.example', '김교육']);
      expect(password).toHaveLength(13);
      expect(judgePassword(password, ['kim@mapo.example', '김교육']).ok).toBe(true);
    }
  });
});

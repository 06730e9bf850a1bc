import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { i18next, setLanguage } from '../../../i18n/i18n';
import '../words';
import { Form } from '../../../kit';
import { PhoneField } from './phone-field';
import {
  type ApplyValues,
  applicationActions,
  applicationBadge,
  applicationBody,
  editBody,
  licenceBonusFor,
  PHONE_EXAMPLE,
  phoneProblem,
  ratioText,
  sortAnnouncements,
  stepOfField,
  valuesOf,
  WIZARD_STEPS,
} from './rules';

beforeEach(() => act(() => setLanguage('ko')));

describe('the phone rule (finding 3)', () => {
  it('takes the example it asks for, and the other forms the server takes', () => {
    expect(phoneProblem(PHONE_EXAMPLE)).toBeNull();
    expect(phoneProblem('010-1234-5678')).toBeNull();
    expect(phoneProblem(' 010-1234-5678 ')).toBeNull();
    expect(phoneProblem('01012345678')).toBeNull();
    expect(phoneProblem('02-123-4567')).toBeNull();
  });

  it('refuses what is not a phone number, and leaves an empty box to `required`', () => {
    expect(phoneProblem('010-1234-567')).toEqual({ code: 'VALIDATION.PHONE' });
    expect(phoneProblem('010-1234-56789')).toEqual({ code: 'VALIDATION.PHONE' });
    expect(phoneProblem('phone')).toEqual({ code: 'VALIDATION.PHONE' });
    expect(phoneProblem('')).toBeNull();
    expect(phoneProblem(undefined)).toBeNull();
  });
});

function PhoneForm({ onSubmit }: { onSubmit: (v: { phone: string }) => Promise<unknown> }) {
  const form = useForm<{ phone: string }>({ mode: 'onTouched', defaultValues: { phone: '' } });
  return (
    <Form form={form} onSubmit={onSubmit} submitLabel="제출" testId="f">
      <PhoneField name="phone" label="휴대전화" hint="예: 010-1234-5678" testId="phone" />
    </Form>
  );
}

describe('the phone field', () => {
  it('shows no format problem while it holds exactly the example, judged on the value of the moment', async () => {
    const onSubmit = jest.fn().mockResolvedValue({});
    render(<PhoneForm onSubmit={onSubmit} />);
    const box = screen.getByTestId('phone');
    await userEvent.type(box, '010-1234-567');
    await userEvent.tab();
    expect(await screen.findByTestId('phone-error')).toHaveProperty('textContent', '전화번호 형식으로 입력하세요 (예: 010-1234-5678).');
    // The last digit makes it the example: the problem goes at once, without leaving the box.
    await userEvent.click(box);
    await userEvent.type(box, '8');
    expect((box as HTMLInputElement).value).toBe(PHONE_EXAMPLE);
    await waitFor(() => expect(screen.queryByTestId('phone-error')).toBeNull());
    await userEvent.tab();
    expect(screen.queryByTestId('phone-error')).toBeNull();
    await userEvent.click(screen.getByTestId('f-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toEqual({ phone: PHONE_EXAMPLE });
  });

  it('words the problem in English too', async () => {
    act(() => setLanguage('en'));
    render(<PhoneForm onSubmit={jest.fn()} />);
    await userEvent.type(screen.getByTestId('phone'), '12345');
    await userEvent.click(screen.getByTestId('f-submit'));
    expect(await screen.findByTestId('phone-error')).toHaveProperty('textContent', 'Enter a phone number (e.g. 010-1234-5678).');
  });
});

describe('the announcements', () => {
  it('lists the open rounds first, then the newest', () => {
    const exams = [
      { id: 'a', phase: 'closed', year: 2027, roundNo: 2 },
      { id: 'b', phase: 'accepting', year: 2026, roundNo: 1 },
      { id: 'c', phase: 'announced', year: 2027, roundNo: 3 },
      { id: 'd', phase: 'accepting', year: 2027, roundNo: 1 },
    ] as const;
    expect(sortAnnouncements(exams).map((e) => e.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('writes a competition ratio with one decimal', () => {
    expect(ratioText(12.345)).toBe('12.3');
    expect(ratioText(0)).toBe('0.0');
    expect(ratioText(Number.NaN)).toBe('0.0');
  });
});

describe('the badge of an application in 내 원서 (issue 13, finding 9)', () => {
  const words = i18next.getFixedT('ko', 'examWords');
  const label = (a: Parameters<typeof applicationBadge>[0]) => String(words(applicationBadge(a).word));
  it('reads 접수 완료 until results are published', () => {
    expect(applicationBadge({ status: 'paid', outcome: null })).toEqual({ word: 'status.paid', tone: 'success' });
    expect(label({ status: 'paid', outcome: null })).toBe('접수 완료');
  });
  it('reads the published outcome once there is one', () => {
    expect(label({ status: 'paid', outcome: { stage: 'written', result: 'pass' } })).toBe('필기 합격');
    expect(label({ status: 'paid', outcome: { stage: 'written', result: 'fail' } })).toBe('필기 불합격');
    expect(label({ status: 'paid', outcome: { stage: 'final', result: 'pass' } })).toBe('최종 합격');
    expect(applicationBadge({ status: 'paid', outcome: { stage: 'final', result: 'fail' } })).toEqual({
      word: 'outcome.final.fail',
      tone: 'gray',
    });
    expect(label({ status: 'paid', outcome: { stage: 'final', result: 'fail' } })).toBe('최종 불합격');
  });
  it('has a word for every stage and result, in both languages', () => {
    for (const stage of ['written', 'final'] as const)
      for (const result of ['pass', 'fail', 'absent'] as const)
        for (const lang of ['ko', 'en']) {
          const key = applicationBadge({ status: 'paid', outcome: { stage, result } }).word;
          expect(i18next.exists(key, { lng: lang, ns: 'examWords' })).toBe(true);
        }
  });
});

describe('what an applicant may do with an application', () => {
  const base = {
    status: 'pending_payment' as const,
    seat: null,
    interview: null,
    examNumber: null,
    accommodations: [],
    editableUntil: null,
  };
  it('pays or cancels an unpaid one', () => {
    expect(applicationActions(base)).toEqual(['pay', 'cancel']);
  });
  it('corrects one until applications close, as the server says', () => {
    const open = { ...base, editableUntil: '2027-03-10T09:00:00.000Z' };
    expect(applicationActions(open)).toEqual(['pay', 'edit', 'cancel']);
    expect(applicationActions({ ...open, status: 'paid' })).toEqual(['edit', 'cancel']);
  });
  it('sends documents for accommodations until exam numbers are given', () => {
    expect(applicationActions({ ...base, status: 'paid', accommodations: [{ kind: 'braille' }] })).toEqual(['documents', 'cancel']);
  });
  it('prints the 응시표 once seated, looks up results, and no longer cancels', () => {
    const seat = { venueNameKo: '서울중학교', address: '서울', room: '101호', seatNo: 3, changed: false };
    expect(applicationActions({ ...base, status: 'paid', examNumber: '10100001', seat })).toEqual(['ticket', 'results']);
  });
  it('offers nothing for a cancelled one', () => {
    expect(applicationActions({ ...base, status: 'cancelled' })).toEqual([]);
  });
});

describe('the application as sent', () => {
  const values: ApplyValues = {
    examId: 'e',
    positionId: 'p',
    nameKo: ' 김응시 ',
    birthDate: '1998-04-12',
    phone: '010-1234-5678 ',
    identityVerificationRef: 'SIMID.x.y',
    residentSince: '2019-03-01',
    residencyYears: 4,
    trackEvidence: ' 추천-1 ',
    education: { level: 'bachelor', school: ' 한국대학교 ', major: ' ', status: 'graduated' },
    licences: [{ name: ' 정보처리기사 ', number: ' 123 ', issuer: '한국산업인력공단', acquiredOn: '2021-06-18' }],
    statutoryBonus: 'veterans:5',
    accommodations: ['braille', 'reader'],
    accNote: ' 1.5배 ',
  };
  it('leaves out the fields the exam and position do not ask for', () => {
    expect(applicationBody(values, { residencyRegionKo: null }, { track: 'general' })).toEqual({
      examId: 'e',
      positionId: 'p',
      nameKo: '김응시',
      birthDate: '1998-04-12',
      phone: '010-1234-5678',
      identityVerificationRef: 'SIMID.x.y',
      education: { level: 'bachelor', school: '한국대학교', status: 'graduated' },
      licences: [{ name: '정보처리기사', number: '123', issuer: '한국산업인력공단', acquiredOn: '2021-06-18' }],
      veteransBonusPercent: 5,
      rescuerBonusPercent: 0,
      accommodations: [
        { kind: 'braille', note: '1.5배' },
        { kind: 'reader', note: '1.5배' },
      ],
    });
  });
  it('sends residency and track evidence when asked, and the one statutory bonus chosen', () => {
    const body = applicationBody(
      { ...values, accommodations: [], accNote: '', statutoryBonus: 'rescuer:3' },
      { residencyRegionKo: '서울특별시' },
      { track: 'veterans_recommendation' },
    );
    expect(body).toMatchObject({
      residentSince: '2019-03-01',
      residencyYears: 4,
      trackEvidence: '추천-1',
      accommodations: [],
      veteransBonusPercent: 0,
      rescuerBonusPercent: 3,
    });
  });
  it('corrects an application with what may change: not its exam, position or confirmed birth date', () => {
    const body = editBody({ ...values, identityVerificationRef: '' }, { residencyRegionKo: null }, { track: 'general' });
    expect(body).not.toHaveProperty('examId');
    expect(body).not.toHaveProperty('positionId');
    expect(body).not.toHaveProperty('birthDate');
    expect(body).not.toHaveProperty('identityVerificationRef');
    expect(body).toMatchObject({ nameKo: '김응시', phone: '010-1234-5678', veteransBonusPercent: 5, licences: [expect.any(Object)] });
  });
  it('fills the wizard from a submitted application, which sends the same application back unchanged', () => {
    const submitted = applicationBody(values, { residencyRegionKo: '서울특별시' }, { track: 'veterans_recommendation' });
    const application = {
      ...submitted,
      id: 'a',
      residentSince: submitted.residentSince ?? null,
      residencyYears: submitted.residencyYears ?? null,
      trackEvidence: submitted.trackEvidence ?? null,
      education: { ...submitted.education!, major: null },
      licences: submitted.licences!.map((l) => ({ ...l, bonusPercent: 0 })),
      rescuerBonusPercent: 0,
      accommodations: submitted.accommodations!,
    } as unknown as Parameters<typeof valuesOf>[0];
    const again = valuesOf(application);
    expect(again).toMatchObject({
      statutoryBonus: 'veterans:5',
      accommodations: ['braille', 'reader'],
      accNote: '1.5배',
      identityVerificationRef: '',
    });
    expect(applicationBody(again, { residencyRegionKo: '서울특별시' }, { track: 'veterans_recommendation' })).toEqual({
      ...submitted,
      identityVerificationRef: undefined,
    });
  });
  it('opens the step of a field the server names', () => {
    expect(stepOfField('positionId')).toBe('person');
    expect(stepOfField('phone')).toBe('identity');
    expect(stepOfField('identityVerificationRef')).toBe('identity');
    expect(stepOfField('education.school')).toBe('education');
    expect(stepOfField('licences.1.acquiredOn')).toBe('licences');
    expect(stepOfField('rescuerBonusPercent')).toBe('bonus');
    expect(stepOfField('accommodations.0.kind')).toBe('accommodations');
  });
  it('asks for the photo between the bonus points and the accommodations', () => {
    expect(WIZARD_STEPS).toEqual(['identity', 'person', 'education', 'licences', 'bonus', 'photo', 'accommodations', 'review', 'done']);
  });
});

describe('the bonus a licence shows in the wizard', () => {
  const rules = [
    { licenceName: '정보처리기사', percent: 5, jobSeries: ['computing'] },
    { licenceName: '컴퓨터활용능력 1급', percent: 2, jobSeries: [] },
  ];
  it("gives the rule's percent for the position's job series, names compared without spaces", () => {
    expect(licenceBonusFor(rules, 'computing', '정보처리 기사')).toBe(5);
    expect(licenceBonusFor(rules, 'general_admin', '정보처리기사')).toBe(0);
    expect(licenceBonusFor(rules, 'general_admin', '컴퓨터활용능력1급')).toBe(2);
    expect(licenceBonusFor(rules, undefined, '정보처리기사')).toBe(0);
  });
});

import type { Catalogue } from '../../i18n/catalogue';
import { registerCatalogue } from '../../i18n/i18n';

/**
 * The examination contract's values in words (libs/api/src/examination/vocabulary.ts), shared by
 * every examination screen so a kind, track or status reads the same everywhere; never shown raw.
 * Terms as applicants know them from the national exam site (응시자, 응시원서, 응시표, 구분모집).
 */
export const examWords = {
  'kind.open': { ko: '공개경쟁', en: 'Open competition' },
  'kind.career': { ko: '경력경쟁', en: 'Career competition' },
  'phase.announced': { ko: '접수 예정', en: 'Opening soon' },
  'phase.accepting': { ko: '접수 중', en: 'Accepting applications' },
  'phase.closed': { ko: '접수 마감', en: 'Closed' },
  'track.general': { ko: '일반', en: 'General' },
  'track.disabled': { ko: '장애인', en: 'Persons with disabilities' },
  'track.low_income': { ko: '저소득층', en: 'Low income' },
  'track.veterans_recommendation': { ko: '보훈청 추천', en: 'Veterans (recommended)' },
  'track.high_school': { ko: '고졸', en: 'High-school graduates' },
  'status.pending_payment': { ko: '수수료 미납', en: 'Fee not paid' },
  'status.paid': { ko: '접수 완료', en: 'Applied' },
  'status.cancelled': { ko: '취소', en: 'Cancelled' },
  'outcome.written.pass': { ko: '필기 합격', en: 'Passed the written exam' },
  'outcome.written.fail': { ko: '필기 불합격', en: 'Did not pass the written exam' },
  'outcome.written.absent': { ko: '필기 결시', en: 'Absent from the written exam' },
  'outcome.final.pass': { ko: '최종 합격', en: 'Passed (final)' },
  'outcome.final.fail': { ko: '최종 불합격', en: 'Not passed (final)' },
  'outcome.final.absent': { ko: '면접 결시', en: 'Absent from the interview' },
  'accommodation.extended_time': { ko: '시험시간 연장', en: 'Extended time' },
  'accommodation.large_print': { ko: '확대 문제지', en: 'Large print' },
  'accommodation.wheelchair_access': { ko: '휠체어 접근', en: 'Wheelchair access' },
  'accommodation.separate_room': { ko: '별도 시험실', en: 'Separate room' },
  'accommodation.braille': { ko: '점자 문제지', en: 'Braille' },
  'accommodation.reader': { ko: '대독', en: 'Reader' },
  'accommodation.hearing_aid': { ko: '보청기 사용', en: 'Hearing aid' },
  'accommodationStatus.none': { ko: '신청 안 함', en: 'None asked' },
  'accommodationStatus.requested': { ko: '검토 중', en: 'Under review' },
  'accommodationStatus.approved': { ko: '승인', en: 'Approved' },
  'accommodationStatus.rejected': { ko: '반려', en: 'Rejected' },
  'mark.high': { ko: '상', en: 'High' },
  'mark.mid': { ko: '중', en: 'Middle' },
  'mark.low': { ko: '하', en: 'Low' },
  'grade.excellent': { ko: '우수', en: 'Excellent' },
  'grade.average': { ko: '보통', en: 'Average' },
  'grade.poor': { ko: '미흡', en: 'Poor' },
  'result.pass': { ko: '합격', en: 'Passed' },
  'result.fail': { ko: '불합격', en: 'Not passed' },
  'result.absent': { ko: '결시', en: 'Absent' },
  'stage.written': { ko: '필기시험', en: 'Written exam' },
  'stage.final': { ko: '최종', en: 'Final' },
  'stage.interview': { ko: '면접시험', en: 'Interview' },
  'stage.assessment': { ko: '역량평가', en: 'Competency assessment' },
  'stage.document_screening': { ko: '서류전형', en: 'Document screening' },
  'stage.written_result': { ko: '필기시험 결과', en: 'Written results' },
} satisfies Catalogue;
registerCatalogue('examWords', examWords);

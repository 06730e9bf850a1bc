import type { Catalogue } from '../../i18n/catalogue';

/**
 * The words of the answer keys (가답안, 이의제기, 최종정답), for the applicant's screen and the officer's tab:
 * their own catalogue, so each loads with its screen.
 */
export const examAnswerKeys = {
  // ---- shared
  'status.draft': { ko: '작성 중', en: 'Draft' },
  'status.provisional': { ko: '가답안 공개', en: 'Provisional keys published' },
  'status.final': { ko: '최종정답 공개', en: 'Final keys published' },
  window: { ko: '이의제기 기간', en: 'Objection window' },
  windowValue: { ko: '{{opens}} ~ {{closes}}', en: '{{opens}} to {{closes}}' },
  subjectHead: {
    ko: '{{subject}} ({{count}}문항, {{choices}}지선다)',
    en: '{{subject}} ({{count}} questions, {{choices}} choices)',
  },
  question: { ko: '{{number}}번', en: 'Q{{number}}' },
  questionLabel: { ko: '문항', en: 'Question' },
  subject: { ko: '과목', en: 'Subject' },
  choice: { ko: '{{choice}}번', en: 'Choice {{choice}}' },
  noCorrect: { ko: '정답 없음', en: 'No correct answer' },
  allCorrect: { ko: '전항 정답', en: 'All choices correct' },
  points: { ko: '{{points}}점', en: '{{points}} pt' },
  'outcome.accepted': { ko: '인용', en: 'Accepted' },
  'outcome.rejected': { ko: '기각', en: 'Rejected' },
  'outcome.pending': { ko: '심사 중', en: 'Under review' },
  correctAfter: { ko: '정답: {{choices}}', en: 'Correct: {{choices}}' },
  reason: { ko: '사유', en: 'Reason' },
  claim: { ko: '주장하는 정답', en: 'The answer you hold right' },
  filedAt: { ko: '제출 일시', en: 'Filed' },

  // ---- the applicant's screen
  'app.title': { ko: '가답안·이의제기', en: 'Answer keys and objections' },
  'app.intro': {
    ko: '필기시험 가답안을 확인하고, 이의제기 기간에 문항별로 이의를 제기할 수 있습니다. 최종정답이 공개되면 결정과 사유를 볼 수 있습니다.',
    en: 'See the provisional answer keys of your written exam and object to a question within the window. Once the final keys are out, see each decision and its reason.',
  },
  'app.exam': { ko: '시험', en: 'Exam' },
  'app.examOption': { ko: '{{exam}} (응시번호 {{number}})', en: '{{exam}} (exam number {{number}})' },
  'app.none': { ko: '응시번호가 부여된 응시원서가 없습니다.', en: 'None of your applications has an exam number yet.' },
  'app.notPublished': { ko: '아직 공개된 가답안이 없습니다.', en: 'No answer keys are published yet.' },
  'app.keys': { ko: '정답', en: 'Answer keys' },
  'app.changed': { ko: '변경', en: 'Changed' },
  'app.decisions': { ko: '이의제기 심사 결과', en: 'Decisions on objections' },
  'app.file': { ko: '이의제기 신청', en: 'File an objection' },
  'app.fileHint': {
    ko: '한 문항에 한 번, 시험당 {{max}}건까지 신청할 수 있습니다. 사유는 {{limit}}자 이내로 적어 주세요.',
    en: 'One objection per question, at most {{max}} per exam. Give your reason in at most {{limit}} characters.',
  },
  'app.windowClosed': { ko: '이의제기 기간이 아닙니다.', en: 'The objection window is not open.' },
  'app.submit': { ko: '이의제기 제출', en: 'Submit the objection' },
  'app.filed': { ko: '이의제기를 접수했습니다.', en: 'Your objection is filed.' },
  'app.count': { ko: '{{count}} / {{limit}}자', en: '{{count}} / {{limit}} characters' },
  'app.mine': { ko: '나의 이의제기', en: 'My objections' },
  'app.mineNone': { ko: '제출한 이의제기가 없습니다.', en: 'You have filed no objection.' },
  'app.objectionHead': { ko: '{{subject}} {{question}}번', en: '{{subject}}, question {{question}}' },

  // ---- the officer's tab
  'off.title': { ko: '정답·이의제기', en: 'Answer keys' },
  'off.keys': { ko: '가답안 입력', en: 'Provisional keys' },
  'off.keysIntro': {
    ko: '과목마다 문항 순서대로 정답 번호를 이어서 적습니다(예: 13241). 배점은 모든 문항이 같으면 한 값, 다르면 쉼표로 구분해 적습니다. 합계는 100점입니다.',
    en: 'For each subject, type the correct choices in question order (for example 13241). Give one points value when every question is worth the same, or one per question separated by commas; they sum to 100.',
  },
  'off.csvHint': {
    ko: 'CSV로 불러오기: 한 줄에 과목,선택지 수,정답,배점 (예: 국어,4,13241341241324132413,5)',
    en: 'Load a CSV: one line per subject: subject,choices,answers,points (for example 국어,4,13241341241324132413,5)',
  },
  'off.csv': { ko: '정답 CSV 불러오기', en: 'Load the keys from CSV' },
  'off.csvBad': { ko: '{{line}}행을 읽을 수 없습니다.', en: 'Line {{line}} cannot be read.' },
  'off.name': { ko: '과목명', en: 'Subject' },
  'off.choices': { ko: '선택지 수', en: 'Choices' },
  'off.answers': { ko: '정답 (문항 순서)', en: 'Answers (in question order)' },
  'off.points': { ko: '배점', en: 'Points' },
  'off.addSubject': { ko: '과목 추가', en: 'Add a subject' },
  'off.removeSubject': { ko: '과목 삭제', en: 'Remove the subject' },
  'off.save': { ko: '가답안 저장', en: 'Save the keys' },
  'off.saved': { ko: '가답안을 저장했습니다.', en: 'The keys are saved.' },
  'off.badAnswers': {
    ko: '{{subject}}: 정답은 1~{{choices}} 숫자로만 적습니다.',
    en: '{{subject}}: answers are digits 1 to {{choices}}.',
  },
  'off.badPoints': {
    ko: '{{subject}}: 배점은 한 값 또는 문항 수만큼의 값입니다.',
    en: '{{subject}}: one points value, or one per question.',
  },
  'off.publish': { ko: '가답안 공개', en: 'Publish the provisional keys' },
  'off.publishIntro': {
    ko: '공개하면 이 시험의 응시자가 가답안을 보고 기간 안에 이의제기할 수 있습니다. 다시 공개하면 기간만 바뀝니다.',
    en: "Once published, the exam's applicants see the keys and may object within the window. Publishing again moves the window.",
  },
  'off.opensOn': { ko: '시작일', en: 'Opens on' },
  'off.opensAt': { ko: '시작 시각', en: 'Opens at' },
  'off.closesOn': { ko: '마감일', en: 'Closes on' },
  'off.closesAt': { ko: '마감 시각', en: 'Closes at' },
  'off.published': { ko: '가답안을 공개했습니다.', en: 'The provisional keys are published.' },
  'off.answersFile': { ko: '답안 등록 (OMR)', en: 'Answer sheets (OMR)' },
  'off.answersIntro': {
    ko: '머리글은 응시번호,과목명… 입니다. 과목 칸에는 문항마다 한 글자(고른 번호, 무응답 0, 중복 표기 *)를 적고, 결시자는 모든 과목을 비웁니다.',
    en: 'The header is 응시번호 then the subjects. Each subject cell holds one character per question (the choice, 0 when unmarked, * when several are marked); leave every subject blank for an absent candidate.',
  },
  'off.answersDone': {
    ko: '응시 {{sheets}}명, 결시 {{absent}}명의 답안을 등록했습니다.',
    en: 'Answers of {{sheets}} candidates are in ({{absent}} absent).',
  },
  'off.sheets': { ko: '등록된 답안', en: 'Answer sheets in' },
  'off.objections': { ko: '문항별 이의제기', en: 'Objections per question' },
  'off.objectionsNone': { ko: '접수된 이의제기가 없습니다.', en: 'No objections were filed.' },
  'off.key': { ko: '가답안', en: 'Key' },
  'off.count': { ko: '{{count}}건', en: '{{count}}' },
  'off.claims': { ko: '주장', en: 'Claims' },
  'off.decision': { ko: '결정', en: 'Decision' },
  'off.decide': { ko: '결정하기', en: 'Decide' },
  'off.outcome': { ko: '결정', en: 'Outcome' },
  'off.correct': { ko: '인정할 정답', en: 'Correct choices from now on' },
  'off.decided': { ko: '결정을 저장했습니다.', en: 'The decision is saved.' },
  'off.examNumber': { ko: '응시번호', en: 'Exam number' },
  'off.final': { ko: '최종정답 공개', en: 'Publish the final keys' },
  'off.finalIntro': {
    ko: '이의제기 기간이 끝나고 모든 문항을 결정하면 공개합니다. 공개하면 모든 응시자의 점수를 최종정답으로 다시 계산하며, 이후에는 결정을 바꿀 수 없습니다.',
    en: "Publish once the window has closed and every question under objection is decided. Every candidate's scores are then computed again from the final keys, and decisions no longer change.",
  },
  'off.finalConfirm': {
    ko: '최종정답을 공개하고 점수를 다시 계산할까요? 되돌릴 수 없습니다.',
    en: 'Publish the final keys and compute the scores again? This cannot be undone.',
  },
  'off.finalDone': {
    ko: '최종정답을 공개했습니다. 채점 {{scored}}명, 점수가 바뀐 응시자 {{changed}}명.',
    en: 'The final keys are published: {{scored}} scored, {{changed}} whose scores changed.',
  },
  'off.noKeys': { ko: '아직 입력한 가답안이 없습니다.', en: 'No answer keys are entered yet.' },
} satisfies Catalogue;

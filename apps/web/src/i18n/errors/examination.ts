import type { Catalogue } from '../catalogue';

/**
 * The examination domain's codes (libs/api/src/examination/errors.ts), with the parameters each is
 * thrown with: exams and positions, applications and their documents, fees, exam numbers and
 * seats, written scores, interviews, results and competency assessments. Moments (window
 * openings and closings) come as instants and are written with `instant`.
 */
export const examinationErrors = {
  // ---- exams and positions
  'EXAM.NOT_FOUND': { ko: '시험을 찾을 수 없습니다. 목록에서 고르세요.', en: 'The exam was not found. Choose one from the list.' },
  'EXAM.ROUND_EXISTS': {
    ko: '{{year}}년 {{roundNo}}회 시험이 이미 있습니다. 회차를 바꾸세요.',
    en: 'Round {{roundNo}} of {{year}} already exists. Choose another round.',
  },
  'EXAM.KIND_FIXED': {
    ko: '시험 종류(공개경쟁·경력경쟁)는 만든 뒤 바꿀 수 없습니다.',
    en: 'The kind of exam (open or career) cannot change once it is created.',
  },
  'EXAM.WINDOWS_FIXED': {
    ko: '응시번호를 부여하여 접수·취소 기간을 바꿀 수 없습니다.',
    en: 'Exam numbers are given: the application and cancellation windows can no longer change.',
  },
  'EXAM.DUPLICATE_FEE_GRADE': {
    ko: '같은 직급의 응시수수료를 두 번 적었습니다. 직급마다 한 번씩 적으세요.',
    en: 'A grade has two fees. Give each grade one fee.',
  },
  'EXAM.CLOSES_BEFORE_OPENING': { ko: '접수 마감은 접수 시작보다 뒤여야 합니다.', en: 'Applications must close after they open.' },
  'EXAM.CANCELLATION_BEFORE_CLOSING': {
    ko: '취소 마감은 접수 마감과 같거나 그 뒤여야 합니다.',
    en: 'Cancellations must close no earlier than applications.',
  },
  'EXAM.ANNOUNCED_AFTER_OPENING': { ko: '공고일은 접수 시작 전이어야 합니다.', en: 'The exam must be announced before applications open.' },
  'EXAM.WRITTEN_DATE_REQUIRED': {
    ko: '공개경쟁 시험은 필기시험일을 적어야 합니다.',
    en: 'An open recruitment exam needs the date of its written exam.',
  },
  'EXAM.WRITTEN_BEFORE_CLOSING': {
    ko: '필기시험일은 접수 마감 뒤여야 합니다.',
    en: 'The written exam must come after applications close.',
  },
  'EXAM.INTERVIEW_ENDS_BEFORE_START': {
    ko: '면접 종료일은 시작일과 같거나 그 뒤여야 합니다.',
    en: 'Interviews must end on or after the day they start.',
  },
  'EXAM.INTERVIEW_BEFORE_WRITTEN': { ko: '면접은 필기시험 뒤에 봅니다.', en: 'Interviews come after the written exam.' },
  'EXAM.RESULT_BEFORE_EXAM': { ko: '합격자 발표일은 시험 뒤여야 합니다.', en: 'Results are announced after the exam.' },
  'EXAM.RESIDENCY_RULE_INCOMPLETE': {
    ko: '거주지 요건에는 지역과 기준일을 함께 적으세요.',
    en: 'A residency rule needs both its region and its cut-off date.',
  },
  'POSITION.NOT_FOUND': {
    ko: '모집단위를 찾을 수 없습니다. 목록에서 고르세요.',
    en: 'The position was not found. Choose one from the list.',
  },
  'POSITION.APPLICATIONS_CLOSED': {
    ko: '모집단위는 원서 접수 중에만 더할 수 있습니다.',
    en: 'Positions are added only while applications are open.',
  },
  'POSITION.NO_FEE_FOR_GRADE': {
    ko: '{{grade}}급 응시수수료가 정해지지 않았습니다. 시험의 수수료에 먼저 더하세요.',
    en: 'The exam has no fee for grade {{grade}}. Add it to the exam\u2019s fees first.',
  },
  'POSITION.LIMIT_REACHED': { ko: '모집단위는 {{max}}개까지입니다.', en: 'An exam has at most {{max}} positions.' },

  // ---- applications (응시원서)
  'EXAM_APPLICATION.NOT_FOUND': { ko: '응시원서를 찾을 수 없습니다.', en: 'The application was not found.' },
  'EXAM_APPLICATION.WINDOW_NOT_OPEN': {
    ko: '원서 접수 기간 전입니다 (접수 시작 {{opensAt, instant}}).',
    en: 'Applications have not opened yet (they open {{opensAt, instant}}).',
  },
  'EXAM_APPLICATION.WINDOW_CLOSED': {
    ko: '원서 접수가 마감되었습니다 ({{closedAt, instant}}).',
    en: 'Applications closed on {{closedAt, instant}}.',
  },
  'EXAM_APPLICATION.ALREADY_APPLIED': {
    ko: '이 시험에 이미 원서를 냈습니다. 모집단위를 바꾸려면 원서를 취소하고 다시 내세요.',
    en: 'You have already applied to this exam. To change position, cancel and apply again.',
  },
  'EXAM_APPLICATION.KEY_REUSED': {
    ko: '같은 요청으로 다른 모집단위에 접수할 수 없습니다. 화면을 새로 고쳐 다시 내세요.',
    en: 'This request was already used for another position. Reload the page and apply again.',
  },
  'EXAM_APPLICATION.CANCELLED': { ko: '취소된 원서입니다.', en: 'The application is cancelled.' },
  'EXAM_APPLICATION.EDIT_CLOSED': {
    ko: '원서 수정은 접수 마감까지만 할 수 있습니다.',
    en: 'Applications can be corrected only until applications close.',
  },
  'EXAM_APPLICATION.ONE_STATUTORY_BONUS': {
    ko: '취업지원대상자 가점과 의사상자 등 가점은 하나만 받을 수 있습니다.',
    en: 'Only one statutory bonus applies: veterans (employment support) or rescuers, not both.',
  },
  'EXAM_APPLICATION.IDENTITY_UNVERIFIED': {
    ko: '본인 확인이 끝나지 않았거나 유효 시간이 지났습니다. 본인 확인을 다시 하세요.',
    en: 'Your identity is not confirmed, or the confirmation expired. Confirm your identity again.',
  },
  'EXAM_APPLICATION.IDENTITY_MISMATCH': {
    ko: '성명·생년월일이 본인 확인한 내용과 다릅니다. 바꾸려면 본인 확인을 다시 하세요.',
    en: 'The name or date of birth differs from the confirmed identity. Confirm your identity again to change it.',
  },
  'IDENTITY_VERIFICATION.NOT_CONFIRMED': {
    ko: '본인 확인에 실패했습니다. 성명, 생년월일, 본인 명의 휴대전화 번호를 확인하세요.',
    en: 'Your identity could not be confirmed. Check your name, date of birth and the mobile number in your own name.',
  },
  'EXAM_APPLICATION.CANCELLATION_CLOSED': {
    ko: '취소 기간이 지났습니다 ({{closedAt, instant}} 마감).',
    en: 'The cancellation period ended on {{closedAt, instant}}.',
  },
  'EXAM_APPLICATION.UNDER_AGE': {
    ko: '응시연령에 미달합니다: {{year}}년에 {{minAge}}세 이상이어야 합니다.',
    en: 'Applicants must be {{minAge}} or older in {{year}}.',
  },
  'EXAM_APPLICATION.RESIDENCY_UNMET': {
    ko: '거주지 요건에 미달합니다: {{since, date}}부터 {{region}}에 살고 있거나, 통틀어 {{years}}년 이상 살았어야 합니다.',
    en: 'The residency rule is not met: living in {{region}} since {{since, date}}, or for {{years}} years in total.',
  },
  'EXAM_APPLICATION.TRACK_EVIDENCE_REQUIRED': {
    ko: '구분모집 자격 증빙(추천번호 등)을 입력하세요.',
    en: 'This track needs its evidence (a referral number or the like).',
  },
  'EXAM_APPLICATION.NO_ACCOMMODATIONS': { ko: '편의 지원을 신청하지 않은 원서입니다.', en: 'The application asked for no accommodations.' },
  'EXAM_DOCUMENT.NOT_FOUND': { ko: '증빙 서류를 찾을 수 없습니다.', en: 'The document was not found.' },
  'EXAM_DOCUMENT.WINDOW_CLOSED': {
    ko: '증빙 서류는 접수 기간에 취소되지 않은 원서에만 낼 수 있습니다.',
    en: 'Documents are taken only while applications are open, for applications not cancelled.',
  },
  'EXAM_DOCUMENT.LIMIT_REACHED': { ko: '서류는 {{max}}개까지 낼 수 있습니다.', en: 'At most {{max}} documents per application.' },
  'EXAM_DOCUMENT.OCTET_STREAM_REQUIRED': { ko: '파일 자체를 올려야 합니다.', en: 'Upload the file itself.' },
  'EXAM_DOCUMENT.EMPTY': { ko: '빈 파일입니다. 내용이 있는 파일을 고르세요.', en: 'The file is empty. Choose a file with content.' },
  'EXAM_DOCUMENT.TOO_LARGE': { ko: '증빙 서류는 {{maxMegabytes}}MB까지입니다.', en: 'Documents may be at most {{maxMegabytes}} MB.' },
  'EXAM_DOCUMENT.UNSUPPORTED_TYPE': { ko: '{{accepted}} 파일만 받습니다.', en: 'Only {{accepted}} files are accepted.' },
  'EXAM_NOTICE.NOT_FOUND': { ko: '이 시험에는 공고문이 없습니다.', en: 'This exam has no notice document.' },
  'EXAM_NOTICE.OCTET_STREAM_REQUIRED': { ko: '파일 자체를 올려야 합니다.', en: 'Upload the file itself.' },
  'EXAM_NOTICE.EMPTY': { ko: '빈 파일입니다. 공고문 PDF를 고르세요.', en: 'The file is empty. Choose the notice PDF.' },
  'EXAM_NOTICE.TOO_LARGE': { ko: '공고문은 {{maxMegabytes}}MB까지입니다.', en: 'The notice may be at most {{maxMegabytes}} MB.' },
  'EXAM_NOTICE.NOT_PDF': { ko: '공고문은 PDF 파일만 받습니다.', en: 'The notice must be a PDF file.' },
  'PHOTO.OCTET_STREAM_REQUIRED': { ko: '사진 파일 자체를 올려야 합니다.', en: 'Upload the photo itself.' },
  'PHOTO.EMPTY': { ko: '빈 파일입니다. 사진을 고르세요.', en: 'The file is empty. Choose a photo.' },
  'PHOTO.TOO_LARGE': { ko: '사진은 {{maxMegabytes}}MB까지입니다.', en: 'The photo may be at most {{maxMegabytes}} MB.' },
  'PHOTO.TYPE': { ko: '사진은 JPEG 또는 PNG 이미지만 받습니다.', en: 'The photo must be a JPEG or PNG image.' },
  'PHOTO.DIMENSIONS': {
    ko: '사진은 {{expectedWidth}}×{{expectedHeight}}픽셀(3×4)로 잘라 올려야 합니다. 받은 사진은 {{width}}×{{height}}입니다.',
    en: 'The photo must be cropped to {{expectedWidth}}×{{expectedHeight}} pixels (3:4); this one is {{width}}×{{height}}.',
  },
  'PHOTO.NOT_FOUND': { ko: '등록된 사진이 없습니다.', en: 'No photo registered yet.' },

  // ---- fees (응시수수료)
  'EXAM_PAYMENT.NOTHING_DUE': {
    ko: '낼 수수료가 없습니다 (이미 냈거나 취소된 원서입니다).',
    en: 'Nothing is due: the fee is paid or the application cancelled.',
  },
  'EXAM_PAYMENT.WINDOW_CLOSED': { ko: '수수료 납부 기간이 지났습니다.', en: 'The payment period is over.' },
  'EXAM_PAYMENT.NOT_FOUND': { ko: '결제 내역을 찾을 수 없습니다.', en: 'The payment was not found.' },
  'EXAM_PAYMENT.BAD_SIGNATURE': { ko: '결제 대행사의 서명이 맞지 않습니다.', en: 'The payment provider\u2019s signature does not match.' },
  'EXAM_PAYMENT.AMOUNT_MISMATCH': {
    ko: '결제 금액이 청구액 {{charged, won}}과 다릅니다.',
    en: 'The amount paid differs from the {{charged, won}} charged.',
  },
  'EXAM_PAYMENT.ALREADY_APPROVED': {
    ko: '이미 다른 거래로 승인된 결제입니다.',
    en: 'The payment was already approved under another reference.',
  },
  'EXAM_PAYMENT.SIMULATOR_OFF': {
    ko: '이 기관은 실제 결제 대행사로 수수료를 받습니다.',
    en: 'This institute takes fees through a real payment provider.',
  },
  'EXAM_PAYMENT.BAD_CHECKOUT_TOKEN': {
    ko: '결제 창의 정보가 맞지 않습니다. 처음부터 다시 결제하세요.',
    en: 'The checkout is not valid. Start the payment again.',
  },

  // ---- exam numbers, venues and seats
  'EXAM_NUMBERS.ALREADY_GIVEN': { ko: '응시번호를 이미 부여했습니다.', en: 'Exam numbers are already given.' },
  'EXAM_NUMBERS.CANCELLATION_OPEN': {
    ko: '응시번호는 취소 마감({{cancellationClosesAt, instant}}) 뒤에 부여합니다.',
    en: 'Exam numbers are given after cancellations close ({{cancellationClosesAt, instant}}).',
  },
  'VENUE.NOT_FOUND': { ko: '시험장을 찾을 수 없습니다.', en: 'The venue was not found.' },
  'VENUE.ROOM_NOT_FOUND': { ko: '시험실을 찾을 수 없습니다.', en: 'The room was not found.' },
  'VENUE.ROOM_NAME_TAKEN': {
    ko: '이 시험장에 {{name}} 시험실이 이미 있습니다. 다른 이름을 정하세요.',
    en: 'The venue already has a room named {{name}}. Choose another name.',
  },
  'SEATING.EXAM_NUMBERS_FIRST': { ko: '응시번호를 먼저 부여하세요.', en: 'Give exam numbers first.' },
  'SEATING.TOO_FEW_SEATS': {
    ko: '좌석이 모자라거나 편의 지원이 되는 시험실이 없어 {{unplaced}}명을 배치하지 못했습니다. 아무것도 바꾸지 않았습니다.',
    en: '{{unplaced}} candidates could not be placed (too few seats, or no room with their accommodations). Nothing changed.',
  },
  'SEATING.TICKET_NOT_READY': {
    ko: '응시표는 시험실 좌석이 배정된 뒤에 나옵니다.',
    en: 'The admission ticket comes once a seat is assigned.',
  },

  // ---- written scores and screening
  'WRITTEN_SCORES.NOT_APPLICABLE': {
    ko: '필기 성적은 응시번호를 부여한 공개경쟁 시험에만 올립니다.',
    en: 'Written scores are imported for open exams with exam numbers.',
  },
  'WRITTEN_SCORES.OCTET_STREAM_REQUIRED': { ko: '파일 자체를 올려야 합니다.', en: 'Upload the file itself.' },
  'WRITTEN_SCORES.UNREADABLE_FILE': {
    ko: '{{fileName}} 파일을 읽을 수 없습니다. .xlsx 또는 CSV 파일을 올리세요.',
    en: '{{fileName}} cannot be read. Upload an .xlsx or CSV file.',
  },
  'WRITTEN_SCORES.NOT_IMPORTED': {
    ko: '합격선을 정하려면 먼저 채점 파일을 올리세요.',
    en: 'Import the scanner\u2019s file before setting a pass mark.',
  },
  'WRITTEN_SCORES.HEADER_FIRST_COLUMN': {
    ko: '첫 열의 제목은 응시번호여야 합니다.',
    en: 'The first column\u2019s title must be 응시번호 (exam_number).',
  },
  'WRITTEN_SCORES.SUBJECT_COUNT': { ko: '과목은 {{min}}~{{max}}개여야 합니다.', en: 'There must be {{min}} to {{max}} subjects.' },
  'WRITTEN_SCORES.COLUMN_COUNT': {
    ko: '열이 {{found}}개입니다. {{expected}}개여야 합니다.',
    en: '{{found}} columns; {{expected}} expected.',
  },
  'WRITTEN_SCORES.EXAM_NUMBER_FORMAT': { ko: '응시번호 형식이 아닙니다: {{value}}', en: 'Not an exam number: {{value}}' },
  'WRITTEN_SCORES.DUPLICATE_EXAM_NUMBER': {
    ko: '{{firstLine}}행에 이미 나온 응시번호입니다.',
    en: 'The exam number already appears on line {{firstLine}}.',
  },
  'WRITTEN_SCORES.SCORE_FORMAT': {
    ko: '점수는 0~100, 소수 둘째 자리까지입니다 (결시자는 모두 비움): {{subjects}}',
    en: 'Scores are 0–100 with at most two decimals (all blank for an absent candidate): {{subjects}}',
  },
  'WRITTEN_SCORES.UNKNOWN_EXAM_NUMBER': {
    ko: '이 시험에 없는 응시번호입니다: {{examNumber}}',
    en: 'No such exam number in this exam: {{examNumber}}',
  },
  'WRITTEN_SCORES.KEYS_IN_USE': {
    ko: '정답 키로 채점하는 시험입니다. 성적 파일 대신 답안 파일을 등록하세요.',
    en: 'This exam is scored from answer keys: import the answers file instead of a score file.',
  },
  // ---- answers and answer keys (가답안, 이의제기, 최종정답)
  'WRITTEN_ANSWERS.KEYS_FIRST': {
    ko: '답안은 정답 키의 과목·문항 수로 확인합니다. 가답안을 먼저 입력하세요.',
    en: "The answers are checked against the keys' subjects and questions: enter the answer keys first.",
  },
  'WRITTEN_ANSWERS.SUBJECTS_MISMATCH': {
    ko: '머리글의 과목이 정답 키의 과목과 다릅니다: {{expected}}',
    en: "The header's subjects are not the keys' subjects: {{expected}}",
  },
  'WRITTEN_ANSWERS.MARKS_FORMAT': {
    ko: '답안은 문항마다 한 글자(고른 번호, 무응답 0, 중복 표기 *)입니다: {{subjects}}',
    en: 'One character per question (the choice, 0 when unmarked, * when several): {{subjects}}',
  },
  'WRITTEN_ANSWERS.QUESTION_COUNT': {
    ko: '과목의 문항 수만큼 표기가 있어야 합니다: {{subjects}}',
    en: 'One mark per question of the subject is expected: {{subjects}}',
  },
  'ANSWER_KEYS.NOT_FOUND': { ko: '공개된 정답이 없습니다.', en: 'No answer keys are published.' },
  'ANSWER_KEYS.ALREADY_PUBLISHED': {
    ko: '가답안이 공개되어 고칠 수 없습니다. 이의제기 결정으로 바꿉니다.',
    en: 'The keys are published; decisions on objections change them from now on.',
  },
  'ANSWER_KEYS.DUPLICATE_SUBJECT': { ko: '과목이 두 번 있습니다: {{subject}}', en: 'Subject named twice: {{subject}}' },
  'ANSWER_KEYS.ANSWER_OUT_OF_RANGE': {
    ko: '{{subject}}의 정답은 1~{{choices}}번입니다.',
    en: 'The answers of {{subject}} are choices 1 to {{choices}}.',
  },
  'ANSWER_KEYS.POINTS_COUNT': {
    ko: '{{subject}}: 문항마다 배점이 하나씩 있어야 합니다.',
    en: '{{subject}}: one points value per question.',
  },
  'ANSWER_KEYS.POINTS_TOTAL': {
    ko: '{{subject}}의 배점 합계가 100이어야 합니다 (지금 {{total}}).',
    en: 'The points of {{subject}} must sum to 100 (now {{total}}).',
  },
  'ANSWER_KEYS.SHAPE_FIXED': {
    ko: '답안이 등록되어 과목과 문항 수를 바꿀 수 없습니다.',
    en: 'Answer sheets are in: the subjects and their question counts stay.',
  },
  'ANSWER_KEYS.WINDOW_REVERSED': {
    ko: '이의제기 마감은 시작보다 늦어야 합니다.',
    en: 'The objection window must close after it opens.',
  },
  'ANSWER_KEYS.NOT_PROVISIONAL': { ko: '가답안을 먼저 공개하세요.', en: 'Publish the provisional keys first.' },
  'ANSWER_KEYS.FINAL': {
    ko: '최종정답이 공개되어 바꿀 수 없습니다.',
    en: 'The final keys are published and no longer change.',
  },
  'ANSWER_KEYS.WINDOW_OPEN': {
    ko: '이의제기 기간({{closesAt, instant}} 마감)이 끝난 뒤 최종정답을 공개합니다.',
    en: 'The final keys wait for the objection window to close ({{closesAt, instant}}).',
  },
  'ANSWER_KEYS.UNDECIDED': {
    ko: '결정하지 않은 이의제기 문항이 {{undecided}}개 있습니다.',
    en: '{{undecided}} questions under objection are undecided.',
  },
  'ANSWER_KEYS.NO_SHEETS': { ko: '응시자의 답안을 먼저 등록하세요.', en: "Import the candidates' answers first." },
  'ANSWER_KEYS.NOT_FINAL': {
    ko: '정답 키로 채점하는 시험은 최종정답을 공개한 뒤 합격선을 정합니다.',
    en: 'This exam is scored from answer keys: publish the final keys before setting pass marks.',
  },
  'ANSWER_KEYS.UNKNOWN_SUBJECT': { ko: '정답 키에 없는 과목입니다: {{subject}}', en: 'No such subject in the keys: {{subject}}' },
  'ANSWER_KEYS.UNKNOWN_QUESTION': {
    ko: '{{subject}}은(는) {{questions}}문항입니다.',
    en: '{{subject}} has {{questions}} questions.',
  },
  'ANSWER_KEYS.DECISION_CHOICES': {
    ko: '인용하면 정답 번호(1~{{choices}})를 고르고, 기각하면 고르지 않습니다.',
    en: 'An accepted decision names the correct choices (1 to {{choices}}); a rejected one names none.',
  },
  'ANSWER_KEYS.NOT_UNDER_OBJECTION': { ko: '이의제기가 없는 문항입니다.', en: 'No objection was filed on this question.' },
  'ANSWER_OBJECTION.NOT_A_CANDIDATE': {
    ko: '시험에 응시한 사람만 이의제기할 수 있습니다.',
    en: 'Only a candidate who sat the exam may object.',
  },
  'ANSWER_OBJECTION.WINDOW_NOT_OPEN': {
    ko: '이의제기 기간 전입니다 ({{opensAt, instant}} 시작).',
    en: 'The objection window has not opened (it opens {{opensAt, instant}}).',
  },
  'ANSWER_OBJECTION.WINDOW_CLOSED': {
    ko: '이의제기 기간이 끝났습니다 ({{closesAt, instant}} 마감).',
    en: 'The objection window closed on {{closesAt, instant}}.',
  },
  'ANSWER_OBJECTION.ALREADY_FILED': { ko: '이 문항에 이미 이의제기했습니다.', en: 'You have objected to this question already.' },
  'ANSWER_OBJECTION.LIMIT_REACHED': { ko: '이의제기는 {{max}}건까지입니다.', en: 'At most {{max}} objections.' },
  'ANSWER_OBJECTION.CLAIM_OUT_OF_RANGE': {
    ko: '주장하는 정답은 "정답 없음" 또는 1~{{choices}}번입니다.',
    en: 'The answer you hold right is "no correct answer" or choice 1 to {{choices}}.',
  },
  'DOCUMENT_SCREENING.NOT_APPLICABLE': {
    ko: '서류전형은 응시번호를 부여한 경력경쟁 시험에만 있습니다.',
    en: 'Document screening is for career exams with exam numbers.',
  },
  'DOCUMENT_SCREENING.UNKNOWN_CANDIDATE': {
    ko: '이 시험의 응시자가 아니거나 두 번 적힌 응시자가 있습니다.',
    en: 'A decision names someone who is not a candidate of this exam, or someone twice.',
  },

  // ---- interviews
  'INTERVIEWER.NOT_FOUND': { ko: '면접위원을 찾을 수 없습니다.', en: 'The interviewer was not found.' },
  'INTERVIEW.SESSION_NOT_FOUND': { ko: '면접조를 찾을 수 없습니다.', en: 'The interview session was not found.' },
  'INTERVIEW.CONFLICTS_CLOSED': { ko: '제척·회피는 평정을 시작하기 전에 신고합니다.', en: 'Conflicts are declared before marking starts.' },
  'INTERVIEW.CONFLICT_DECLARED': { ko: '이미 제척·회피를 신고한 응시자입니다.', en: 'A conflict with this candidate is already declared.' },
  'INTERVIEW.SCHEDULE_FIXED': {
    ko: '평정이 시작되어 면접 일정을 바꿀 수 없습니다.',
    en: 'Marks have been entered: the schedule is fixed.',
  },
  'INTERVIEW.PREVIOUS_STAGE_OPEN': {
    ko: '앞 단계의 결과가 모두 정해진 뒤에 면접 일정을 짭니다.',
    en: 'Schedule the interviews once the previous stage is decided for everyone.',
  },
  'INTERVIEW.POOL_TOO_SMALL': {
    ko: '면접위원이 {{needed}}명 필요하나 인력풀에 {{available}}명뿐입니다.',
    en: '{{needed}} interviewers are needed; the pool has {{available}}.',
  },
  'INTERVIEW.PANEL_SHORTAGE': {
    ko: '제척·회피 신고 때문에 {{session}}번째 면접조에 배정할 면접위원이 부족합니다.',
    en: 'Too few interviewers free of conflicts for session {{session}}.',
  },
  'INTERVIEW.NOT_IN_SESSION': { ko: '이 면접조의 응시자가 아닙니다.', en: 'The candidate is not in this session.' },
  'INTERVIEW.NOT_ON_PANEL': { ko: '이 면접조의 면접위원이 아닙니다.', en: 'You are not on this session\u2019s panel.' },
  'INTERVIEW.UNKNOWN_STEP': { ko: '평정 단계는 {{steps}} 중 하나입니다.', en: 'The step must be one of {{steps}}.' },
  'INTERVIEW.NOT_SCHEDULED': { ko: '면접 일정이 아직 없습니다.', en: 'The interviews are not scheduled yet.' },
  'INTERVIEW.MARKS_MISSING': {
    ko: '평정이 끝나지 않은 응시자가 {{candidates}}명 있습니다: {{examNumbers}}',
    en: '{{candidates}} candidates are not fully marked: {{examNumbers}}',
  },
  'INTERVIEW.TICKET_NOT_READY': {
    ko: '면접 안내는 면접 시간이 발표된 뒤에 나옵니다.',
    en: 'The interview notice comes once the slot is announced.',
  },

  // ---- results and sittings
  'PUBLICATION.RESULTS_FINAL': {
    ko: '합격자가 이미 발표되어 바꿀 수 없습니다.',
    en: 'The results are published and can no longer change.',
  },
  'PUBLICATION.ALREADY_PUBLISHED': { ko: '이미 발표된 결과입니다.', en: 'These results are already published.' },
  'PUBLICATION.NO_WRITTEN_STAGE': { ko: '필기시험 결과는 공개경쟁 시험에만 있습니다.', en: 'Only open exams have written results.' },
  'PUBLICATION.RESULTS_UNDECIDED': { ko: '아직 결과가 정해지지 않은 응시자가 있습니다.', en: 'Some candidates have no result yet.' },
  'PUBLICATION.BEFORE_WRITTEN_DATE': {
    ko: '필기시험일({{writtenExamOn}}) 전에는 성적·합격선·결과를 발표할 수 없습니다.',
    en: 'Written scores, pass marks and results cannot be published before the written exam on {{writtenExamOn}}.',
  },
  'EXAM_RESULTS.NO_EXAM_NUMBER': {
    ko: '이 시험에서 응시번호를 받은 원서가 없습니다.',
    en: 'You have no application with an exam number in this exam.',
  },
  'SCORE_DISCLOSURE.NOT_PUBLISHED': {
    ko: '필기시험 합격자가 발표된 뒤에 성적을 공개합니다.',
    en: 'Scores are disclosed once the written results are published.',
  },
  'SCORE_DISCLOSURE.CLOSED': {
    ko: '성적 공개 기간({{endedAt}}까지)이 끝났습니다.',
    en: 'The score disclosure period ended on {{endedAt}}.',
  },
  'EXAM_SITTING.ALREADY_RECORDED': { ko: '이미 기록된 시행입니다.', en: 'This sitting is already recorded.' },
  'EXAM_SITTING.NOT_SEATED': {
    ko: '좌석을 배정한 뒤에 필기시험 시행을 기록합니다.',
    en: 'Record the written sitting once seats are assigned.',
  },
  'EXAM_SITTING.NOT_SCHEDULED': {
    ko: '면접 일정을 짠 뒤에 면접 시행을 기록합니다.',
    en: 'Record the interview sitting once interviews are scheduled.',
  },

  // ---- competency assessments (역량평가)
  'ASSESSMENT_ROUND.NOT_FOUND': { ko: '역량평가 회차를 찾을 수 없습니다.', en: 'The assessment round was not found.' },
  'ASSESSMENT_ROUND.EXISTS': {
    ko: '{{year}}년 {{targetGrade}}급 {{roundNo}}회차가 이미 있습니다.',
    en: 'Round {{roundNo}} of {{year}} for grade {{targetGrade}} already exists.',
  },
  'ASSESSMENT_ROUND.ASSESSORS_ASSIGNED': {
    ko: '평가위원을 배정한 뒤에는 대상자를 더할 수 없습니다.',
    en: 'Candidates are added before assessors are assigned.',
  },
  'ASSESSMENT_ROUND.RATING_STARTED': { ko: '평정이 시작되어 배정을 바꿀 수 없습니다.', en: 'Rating has begun: the assignment is fixed.' },
  'ASSESSMENT_ROUND.NO_CANDIDATES': { ko: '대상자를 먼저 더하세요.', en: 'Add candidates first.' },
  'ASSESSMENT_ROUND.TOO_FEW_ASSESSORS': {
    ko: '이해충돌이 없는 평가위원이 모자라 {{candidates}}명을 배정하지 못했습니다: {{employeeNos}}',
    en: 'Too few assessors free of conflicts for {{candidates}} candidates: {{employeeNos}}',
  },
  'ASSESSMENT_ROUND.NOT_ASSIGNED': { ko: '평가위원을 먼저 배정하세요.', en: 'Assign the assessors first.' },
  'ASSESSMENT_ROUND.CONSOLIDATED': {
    ko: '결과를 확정하여 더 평정하거나 확정할 수 없습니다.',
    en: 'The results are consolidated: nothing more is rated or consolidated.',
  },
  'ASSESSMENT_ROUND.RATINGS_MISSING': { ko: '평정이 {{missing}}건 남았습니다.', en: '{{missing}} ratings are still missing.' },
  'ASSESSMENT_CANDIDATE.NOT_FOUND': { ko: '대상자를 찾을 수 없습니다.', en: 'The candidate was not found.' },
  'ASSESSMENT_CANDIDATE.ALREADY_IN_ROUND': { ko: '이미 이 회차의 대상자입니다.', en: 'Already a candidate of this round.' },
  'ASSESSMENT_CANDIDATE.ALREADY_PASSED': {
    ko: '이미 {{grade}}급 역량평가를 통과했습니다.',
    en: 'Already passed the grade {{grade}} assessment.',
  },
  'ASSESSMENT_CANDIDATE.IN_ANOTHER_ROUND': { ko: '진행 중인 다른 회차의 대상자입니다.', en: 'A candidate of another open round.' },
  'ASSESSMENT_CANDIDATE.ATTEMPTS_USED': {
    ko: '응시 가능 횟수({{max}}회)를 모두 썼습니다.',
    en: 'The limit of {{max}} attempts is reached.',
  },
  'ASSESSOR.NOT_FOUND': { ko: '평가위원을 찾을 수 없습니다.', en: 'The assessor was not found.' },
  'ASSESSOR.ALREADY_REGISTERED': { ko: '이미 평가위원으로 등록되어 있습니다.', en: 'Already registered as an assessor.' },
  'ASSESSOR.NOT_REGISTERED': { ko: '평가위원으로 등록되어 있지 않습니다.', en: 'You are not registered as an assessor.' },
  'ASSESSOR.NOT_ASSIGNED': { ko: '배정받지 않은 대상자나 평가기법입니다.', en: 'That candidate and technique are not assigned to you.' },
  'ASSESSMENT_RATING.EACH_COMPETENCY_ONCE': {
    ko: '역량마다 한 번씩 평정하세요 (누락: {{missing}}, 잘못됨: {{unknown}}).',
    en: 'Rate each competency exactly once (missing: {{missing}}, unknown: {{unknown}}).',
  },
  'WAITING_ROOM.QUEUED': {
    ko: '신청자가 많아 대기열에 들어왔습니다. 대기번호 {{ticket, number}}번, 앞에 {{ahead, number}}명이 있습니다 (약 {{estimatedWaitSeconds, number}}초).',
    en: 'Many are applying: you are in the waiting room, number {{ticket, number}}, with {{ahead, number}} ahead of you (about {{estimatedWaitSeconds, number}} s).',
  },
} satisfies Catalogue;

import type { Catalogue } from '../catalogue';

/**
 * Enrollment: applications, nominations, trainees, attendance, sheets, completion, imports, surveys
 * and under-filled cohorts (libs/api/src/enrollment/errors.ts). Params are data (dates, codes,
 * limits); a status a code carries is never shown raw, so no words here print one.
 */
export const enrollmentErrors = {
  'ENROLLMENT_COHORT.NOT_FOUND': { ko: '기수를 찾을 수 없습니다.', en: 'The cohort was not found.' },
  'ENROLLMENT_COHORT.NOT_SCHEDULED': { ko: '폐강되었거나 이미 끝난 기수입니다.', en: 'The cohort was cancelled or is over.' },
  'ENROLLMENT_COHORT.FULL': {
    ko: '정원({{capacity, number}}명)이 찼습니다. 더 받으려면 기수 변경에서 정원을 늘리세요(강의실·거리두기 기준을 함께 확인합니다).',
    en: 'The cohort is full ({{capacity, number}} seats). To take more, raise its capacity on the cohort’s edit page (the room and distancing rule are checked there).',
  },
  'ENROLLMENT_COHORT.TRAINING_ENDED': {
    ko: '교육이 끝난 기수({{endDate, date}} 종료)에는 교육생을 추가할 수 없습니다.',
    en: 'Training ended on {{endDate, date}}: no trainee can be added.',
  },

  'APPLICATION.NOT_FOUND': { ko: '신청을 찾을 수 없습니다.', en: 'The application was not found.' },
  'APPLICATION.WINDOW_CLOSED': {
    ko: '신청 기간이 아닙니다 (신청 마감 {{closes, date}}).',
    en: 'Applications are not being taken (they close on {{closes, date}}).',
  },
  'APPLICATION.OTHER_PROVINCE': {
    ko: '다른 시·도 공무원은 신청할 수 없는 과정입니다.',
    en: 'Officials of other provinces may not attend this course.',
  },
  'APPLICATION.TIME_CLASH': {
    ko: '교육 시간이 겹치는 기수를 이미 신청했습니다: {{course}} ({{startDate, date}} ~ {{endDate, date}}).',
    en: 'You already hold a cohort at overlapping hours ({{startDate, date}} – {{endDate, date}}).',
  },
  'APPLICATION.ALREADY_APPLIED': { ko: '이미 신청한 기수입니다.', en: 'You have already applied for this cohort.' },
  'APPLICATION.ALREADY_IN_COHORT': {
    ko: '이미 이 기수에 신청(승인 대기·대기·확정)이 있는 교육생입니다. 명단에서 확인하세요.',
    en: 'This trainee already has an application for the cohort (pending, waitlisted or confirmed); see the roster.',
  },
  'APPLICATION.ALREADY_ENDED': { ko: '이미 취소되었거나 끝난 신청입니다.', en: 'The application is already cancelled or closed.' },
  'APPLICATION.TRAINING_STARTED': {
    ko: '교육이 시작되어({{startDate, date}}) 취소할 수 없습니다.',
    en: 'Training started on {{startDate, date}}: it can no longer be cancelled.',
  },
  'APPLICATION.LEARNING_PERIOD_OVER': {
    ko: '학습 기간이 끝났습니다({{endDate, date}}).',
    en: 'The learning period ended on {{endDate, date}}.',
  },
  'APPLICATION.CANCELLATION_CLOSED': {
    ko: '본인 취소 기한({{cancellationCloses, date}})이 지났습니다. 소속 기관 교육 담당자에게 문의하세요.',
    en: "The cancellation cut-off ({{cancellationCloses, date}}) has passed. Ask your agency's training administrator.",
  },
  'APPLICATION.NOT_AWAITING_YOU': {
    ko: '지금 이 단계에서 결정할 신청이 아닙니다. 새로 고친 뒤 확인하세요.',
    en: 'This application is not awaiting your decision. Reload and check.',
  },
  'APPLICATION.NOT_CONFIRMED': { ko: '수강이 확정된 신청에만 입력할 수 있습니다.', en: 'Only a confirmed seat can have this recorded.' },
  'APPLICATION.PROGRESS_E_LEARNING_ONLY': { ko: '진도율은 e-러닝 과정에만 있습니다.', en: 'Progress applies to e-learning courses only.' },

  'NOMINATION.DUPLICATE_RANK': {
    ko: '순위가 겹칩니다: {{rank}}순위를 두 명 이상에게 주었습니다.',
    en: 'Ranks overlap: rank {{rank}} is given to more than one person.',
  },
  'NOMINATION.DUPLICATE_TRAINEE': { ko: '같은 교육생이 두 번 있습니다.', en: 'The same trainee is named twice.' },

  'TRAINEE.NOT_FOUND': { ko: '교육생을 찾을 수 없습니다.', en: 'The trainee was not found.' },
  'TRAINEE.NOT_A_TRAINEE': { ko: '기관에 소속된 교육생만 이용할 수 있습니다.', en: 'This is for trainees of an agency only.' },
  'TRAINEE.RECORD_MISMATCH': {
    ko: '교육생 정보가 계정과 맞지 않습니다. 소속 기관 교육 담당자에게 문의하세요.',
    en: "Your trainee record does not match your account. Ask your agency's training administrator.",
  },
  'TRAINEE.DUPLICATE': {
    ko: '같은 직원번호(또는 계정)의 교육생이 이미 있습니다.',
    en: 'A trainee with this staff number (or account) already exists.',
  },
  'TRAINEE.AGENCY_UNKNOWN': { ko: '없는 기관 코드입니다: {{agencyCode}}', en: 'There is no agency with the code {{agencyCode}}.' },

  'AGENCY.NOT_FOUND': { ko: '기관을 찾을 수 없습니다: {{code}}', en: 'There is no agency with the code {{code}}.' },
  'AGENCY.CODE_TAKEN': { ko: '이미 있는 기관 코드입니다: {{code}}', en: 'The institute already has an agency with the code {{code}}.' },
  'AGENCY.INACTIVE': {
    ko: '비활성화된 기관입니다: 소속 직원은 신청할 수 없습니다.',
    en: 'The agency is deactivated: its staff cannot apply.',
  },
  'AGENCY.HAS_TRAINEES': {
    ko: '교육생이 {{trainees}}명 있는 기관은 삭제할 수 없습니다. 비활성화하세요.',
    en: 'The agency has {{trainees}} trainees and cannot be deleted; deactivate it instead.',
  },

  'ATTENDANCE.NOT_ON_ROSTER': { ko: '이 기수에 수강이 확정된 교육생이 아닙니다.', en: 'Not a confirmed trainee of this cohort.' },
  'ATTENDANCE.NOT_A_TRAINING_DAY': {
    ko: '{{day, date}}은 이 기수의 교육일이 아닙니다.',
    en: '{{day, date}} is not a training day of this cohort.',
  },
  'ATTENDANCE.DAY_NOT_COME': { ko: '{{day, date}}은 아직 오지 않은 날입니다.', en: '{{day, date}} has not come yet.' },

  'SHEET.FILE_REQUIRED': { ko: '파일을 선택하세요.', en: 'Choose a file.' },
  'SHEET.FILE_TYPE': { ko: '.xlsx 또는 .csv 파일만 읽을 수 있습니다.', en: 'Only .xlsx and .csv files can be read.' },
  'SHEET.UNREADABLE': {
    ko: '파일을 읽을 수 없습니다. 내려받은 양식으로 다시 저장해 올리세요.',
    en: 'The file cannot be read. Save it again from the downloaded template and upload it.',
  },
  'SHEET.MISSING_COLUMNS': {
    ko: '첫 행(제목 행)에 필요한 열이 없습니다. 양식의 열 이름을 확인하세요.',
    en: 'The heading row lacks columns the import needs. Check the column names of the template.',
  },
  'SHEET.EMPTY_FILE': { ko: '빈 파일입니다.', en: 'The file is empty.' },
  'SHEET.NO_ROWS': { ko: '제목 행 아래에 자료 행이 없습니다.', en: 'The file has no rows below its heading row.' },
  'SHEET.ROW_INVALID': { ko: '{{line, number}}행에 고칠 곳이 있습니다.', en: 'Line {{line, number}} needs correcting.' },
  'SHEET.UNKNOWN_AGENCY': { ko: '알 수 없는 기관 코드입니다: {{agencyCode}}', en: 'Unknown agency code: {{agencyCode}}' },
  'SHEET.OTHER_AGENCY': { ko: '다른 기관의 직원입니다({{agencyCode}}).', en: "Another agency's staff ({{agencyCode}})." },
  'SHEET.UNKNOWN_COURSE': { ko: '알 수 없는 과정 코드입니다: {{courseCode}}', en: 'Unknown course code: {{courseCode}}' },
  'SHEET.DUPLICATE_ROW': { ko: '앞의 행과 같은 사람입니다.', en: 'The same person as an earlier line.' },
  'SHEET.FUTURE_DATE': { ko: '아직 오지 않은 날짜입니다: {{date, date}}', en: 'The date has not come yet: {{date, date}}' },
  'SHEET.NO_DAY_COLUMNS': {
    ko: '교육일 열이 없습니다. 내려받은 출석부 양식을 쓰세요.',
    en: 'The sheet has no training-day columns. Use the downloaded attendance sheet.',
  },
  'SHEET.UNKNOWN_MARK': {
    ko: '{{value, 은/는}} 출석·지각·결석·공결 중 하나가 아닙니다.',
    en: '"{{value}}" is not one of present, late, absent or excused.',
  },

  'COMPLETION.COHORT_CANCELLED': { ko: '폐강된 기수입니다.', en: 'The cohort was cancelled.' },
  'COMPLETION.TRAINING_NOT_ENDED': {
    ko: '교육 종료일({{endDate, date}})부터 수료 처리할 수 있습니다.',
    en: 'Completion can be decided from the last day of training ({{endDate, date}}).',
  },
  'COMPLETION.NO_COURSE': {
    ko: '과정 정보가 아직 오지 않은 기수입니다. 잠시 후 다시 시도하세요.',
    en: "The cohort's course is not known yet. Try again shortly.",
  },
  'CERTIFICATE.NOT_FOUND': { ko: '수료증을 찾을 수 없습니다.', en: 'The certificate was not found.' },
  'CERTIFICATE.ALREADY_REVOKED': { ko: '이미 취소된 수료증입니다.', en: 'The certificate has already been revoked.' },

  'COMPLETION_IMPORT.NOT_FOUND': { ko: '가져오기 작업을 찾을 수 없습니다.', en: 'The import was not found.' },
  'COMPLETION_IMPORT.CSV_REQUIRED': { ko: 'CSV 파일만 올릴 수 있습니다.', en: 'Only CSV files can be uploaded.' },
  'COMPLETION_IMPORT.ALREADY_RUN': {
    ko: '이미 실행된 가져오기입니다. 파일을 다시 선택해 새로 가져오세요.',
    en: 'This import has already run. Choose the file again to start a new one.',
  },
  'COMPLETION_IMPORT.FAILED': {
    ko: '가져오기를 마치지 못했습니다. 잠시 후 다시 시도하세요.',
    en: 'The import could not finish. Try again shortly.',
  },

  'SURVEY.ALREADY_ANSWERED': { ko: '이미 응답한 설문입니다.', en: 'You have already answered this survey.' },
  'SURVEY.ITEMS_INCOMPLETE': { ko: '모든 문항에 답해 주세요.', en: 'Answer every question.' },
  'SURVEY.INSTRUCTORS_INCOMPLETE': {
    ko: '강사 {{expected, number}}명을 모두 평가해 주세요.',
    en: 'Rate each of the {{expected, number}} instructors.',
  },

  'UNDER_FILL.NOT_AWAITING': {
    ko: '최소 인원 미달로 결정을 기다리는 기수가 아닙니다.',
    en: 'The cohort is not awaiting an under-fill decision.',
  },
  'UNDER_FILL.OTHER_COURSE': {
    ko: '같은 과정의 기수로만 통합할 수 있습니다({{course}} → {{targetCourse}}).',
    en: 'A cohort merges only into a cohort of the same course ({{course}} → {{targetCourse}}).',
  },
  'UNDER_FILL.TARGET_CLOSED': {
    ko: '통합할 기수가 이미 시작되었거나 폐강되었습니다.',
    en: 'The cohort to merge into has started or was cancelled.',
  },
  'UNDER_FILL.CUTOFF_UNCHANGED': {
    ko: '모집을 연장하려면 최소 인원 판단일({{minimumFillCutoff}})을 바꾸세요.',
    en: 'An extension must move the minimum-fill cut-off ({{minimumFillCutoff}}).',
  },
} satisfies Catalogue;

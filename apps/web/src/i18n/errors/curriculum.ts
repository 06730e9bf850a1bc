import type { Catalogue } from '../catalogue';

/**
 * The curriculum domain's codes (libs/api/src/curriculum/errors.ts), with the parameters each is
 * thrown with: category tree, catalog, cohorts, rooms and instructors, plans and their import,
 * settings and demand surveys.
 */
export const curriculumErrors = {
  // ---- the category tree
  'CATEGORY.NOT_FOUND': { ko: '분류를 찾을 수 없습니다.', en: 'The category was not found.' },
  'CATEGORY.CODE_TAKEN': {
    ko: '이미 있는 분류 코드입니다 ({{code}}). 다른 코드를 정하세요.',
    en: 'The category code {{code}} is taken. Choose another.',
  },
  'CATEGORY.PARENT_NOT_A_FIELD': {
    ko: '세부분야는 있는 분야 아래에만 둘 수 있습니다. 상위 분야를 고르세요.',
    en: 'A subfield goes under an existing field. Choose its field.',
  },
  'CATEGORY.FIELD_HAS_PARENT': { ko: '분야에는 상위 분야가 없습니다.', en: 'A field has no parent.' },

  // ---- the catalog
  'COURSE.NOT_FOUND': { ko: '과정을 찾을 수 없습니다. 목록에서 고르세요.', en: 'The course was not found. Choose one from the list.' },
  'COURSE.CODE_TAKEN': {
    ko: '{{fiscalYear}}년도 과정 목록에 이미 있는 과정코드입니다 ({{code}}).',
    en: 'The {{fiscalYear}} catalog already has the course code {{code}}.',
  },
  'COURSE.FIELD_UNKNOWN': {
    ko: '분류체계에 없는 분야입니다 ({{fieldCode}}).',
    en: 'There is no field {{fieldCode}} in the category tree.',
  },
  'COURSE.SUBFIELD_UNKNOWN': { ko: '이 분야에 없는 세부분야입니다 ({{subfieldCode}}).', en: 'The field has no subfield {{subfieldCode}}.' },
  'COURSE_YEAR.NOT_LATER': {
    ko: '과정은 뒤 연도로만 이월합니다 ({{fromYear}} → {{toYear}}).',
    en: 'A catalog is carried forward into a later year only ({{fromYear}} → {{toYear}}).',
  },
  'COURSE_YEAR.EMPTY': {
    ko: '{{fromYear}}년도에는 이월할 과정이 없습니다.',
    en: 'The {{fromYear}} catalog has no course to carry forward.',
  },
  'COURSE_YEAR.EXISTS': {
    ko: '{{toYear}}년도 과정 목록이 이미 있습니다. 과정을 하나씩 추가하거나 고치세요.',
    en: 'The {{toYear}} catalog exists already. Add or change its courses one by one.',
  },
  'COURSE.E_LEARNING_MODE': {
    ko: 'e-러닝 과정은 e-러닝 방식으로만, 다른 과정은 e-러닝이 아닌 방식으로 운영합니다.',
    en: 'E-learning courses are delivered as e-learning, and only they are.',
  },
  'COURSE.REPLACED_COURSE_REQUIRED': {
    ko: '통합·대체 과정은 대체하는 과정을 골라야 합니다.',
    en: 'A merged course must name the course it replaces.',
  },
  'COURSE.REPLACES_ONLY_WHEN_MERGED': { ko: '통합·대체 과정만 다른 과정을 대체합니다.', en: 'Only a merged course replaces another.' },
  'COURSE.REPLACED_COURSE_NOT_EARLIER': {
    ko: '대체하는 과정은 {{fiscalYear}}년도보다 앞선 해의 과정이어야 합니다.',
    en: 'The replaced course must be of a year before {{fiscalYear}}.',
  },

  // ---- cohorts
  'COHORT.NOT_FOUND': { ko: '기수를 찾을 수 없습니다.', en: 'The cohort was not found.' },
  'COHORT.ROOM_BOOKED': {
    ko:
      '{{room, 은/는}} 같은 시간에 {{courseNameKo}} {{cohortNo}}기({{startDate, date}} ~ ' +
      '{{endDate, date}} {{dailyStartTime}}–{{dailyEndTime}})가 쓰고 있습니다. 다른 강의실이나 시간을 ' +
      '고르세요.',
    en:
      '{{room}} is booked at those hours by {{courseNameEn}}, cohort {{cohortNo}} ' +
      '({{startDate, date}} – {{endDate, date}}, {{dailyStartTime}}–{{dailyEndTime}}). ' +
      'Choose another room or time.',
  },
  'COHORT.INSTRUCTOR_BOOKED': {
    ko:
      '강사 {{instructor, 은/는}} 같은 시간에 {{courseNameKo}} {{cohortNo}}기({{startDate, ' +
      'date}} ~ {{endDate, date}} {{dailyStartTime}}–{{dailyEndTime}}) 강의가 있습니다. 다른 ' +
      '강사나 시간을 고르세요.',
    en:
      'The instructor {{instructor}} teaches {{courseNameEn}}, cohort {{cohortNo}} at ' +
      'those hours ({{startDate, date}} – {{endDate, date}}, ' +
      '{{dailyStartTime}}–{{dailyEndTime}}). Choose another instructor or time.',
  },
  'COHORT.OVER_ROOM_CAPACITY': {
    ko: '{{room}}의 수용 인원은 {{seats, number}}명입니다. 정원을 {{seats, number}}명 이하로 하거나 더 큰 강의실을 고르세요.',
    en: '{{roomEn}} seats {{seats, number}}. Make the capacity {{seats, number}} or less, or choose a larger room.',
  },
  'COHORT.E_LEARNING_ROOM': { ko: 'e-러닝 기수에는 강의실을 두지 않습니다.', en: 'An e-learning cohort has no room.' },
  'COHORT.E_LEARNING_MODE': {
    ko: 'e-러닝 과정은 e-러닝 방식으로만, 다른 과정은 e-러닝이 아닌 방식으로 운영합니다.',
    en: 'E-learning courses run as e-learning, and only they do.',
  },
  'COHORT.IN_THE_PAST': {
    ko: '이미 끝난 기간({{endDate, date}} 종료)의 기수입니다. 등록하려면 사유를 입력하세요.',
    en: 'This cohort ended on {{endDate, date}}. Give the reason for recording it.',
  },
  'COHORT.END_BEFORE_START': {
    ko: '종료일은 시작일({{startDate, date}})과 같거나 그 뒤여야 합니다.',
    en: 'The end date must not be before the start date ({{startDate, date}}).',
  },
  'COHORT.HOURS_REVERSED': {
    ko: '종료 시각은 시작 시각({{dailyStartTime}})보다 늦어야 합니다.',
    en: 'The daily end must be after the daily start ({{dailyStartTime}}).',
  },
  'COHORT.APPLICATION_CLOSES_BEFORE_OPENS': {
    ko: '신청 마감일은 신청 시작일({{applicationOpens, date}})과 같거나 그 뒤여야 합니다.',
    en: 'Applications must not close before they open ({{applicationOpens, date}}).',
  },
  'COHORT.APPLICATION_CLOSES_AFTER_START': {
    ko: '신청은 교육 시작일({{startDate, date}})까지 마감해야 합니다.',
    en: 'Applications must close by the start date ({{startDate, date}}).',
  },
  'COHORT.CANCELLATION_CLOSES_AFTER_START': {
    ko: '취소 마감일은 교육 시작일({{startDate, date}})과 같거나 그 앞이어야 합니다.',
    en: 'Cancellation must close by the start date ({{startDate, date}}).',
  },
  'COHORT.MINIMUM_FILL_OVER_CAPACITY': {
    ko: '최소 인원은 정원({{capacity, number}}명) 이하여야 합니다.',
    en: 'The minimum fill must not exceed the capacity ({{capacity, number}}).',
  },
  'COHORT.MINIMUM_FILL_CUTOFF_AFTER_START': {
    ko: '최소 인원 판단일은 교육 시작일({{startDate, date}})과 같거나 그 앞이어야 합니다.',
    en: 'The minimum fill is judged by the start date ({{startDate, date}}).',
  },
  'COHORT.QUOTA_AGENCY_REPEATED': {
    ko: '같은 기관({{agencyCode}})을 두 번 배정했습니다.',
    en: 'The agency {{agencyCode}} has two quotas.',
  },
  'COHORT.QUOTA_AGENCY_INACTIVE': {
    ko: '비활성화된 기관({{agencyCode}})에는 인원을 배정할 수 없습니다. 기관을 다시 활성화하거나 배정을 빼세요.',
    en: 'The agency {{agencyCode}} is deactivated and is given no quota: reactivate it or remove its quota.',
  },
  'COHORT.QUOTAS_OVER_CAPACITY': {
    ko: '기관별 배정 인원의 합({{quotaSeats, number}}명)이 정원({{capacity, number}}명)보다 많습니다.',
    en: 'The quotas add up to {{quotaSeats, number}}, more than the capacity ({{capacity, number}}).',
  },
  'COHORT.BUDGET_LINE_REQUIRED': {
    ko: '이 과정({{courseCode}})에는 예산 사업이 없어 골라야 합니다.',
    en: 'The course {{courseCode}} has no budget line: choose one.',
  },
  'COHORT.BUDGET_LINE_UNKNOWN': {
    ko: '{{fiscalYear}}년도 예산에 없는 사업입니다 ({{budgetLineCode}}). 교육 시작일이나 예산 사업을 확인하세요.',
    en: 'The {{fiscalYear}} budget has no line {{budgetLineCode}}. Check the start date or the budget line.',
  },
  'COHORT.CAPACITY_BELOW_CONFIRMED': {
    ko: '이미 {{confirmed, number}}명이 확정되어 정원을 그보다 줄일 수 없습니다.',
    en: '{{confirmed, number}} seats are confirmed already: the capacity cannot go below that.',
  },
  'COHORT.CLOSED': { ko: '폐강했거나 교육을 마친 기수는 바꿀 수 없습니다.', en: 'A cancelled or completed cohort cannot change.' },
  'COHORT.ALREADY_CLOSED': { ko: '이미 폐강했거나 종료 처리한 기수입니다.', en: 'The cohort is already cancelled or completed.' },
  'COHORT.NOT_ENDED': {
    ko: '교육 종료일({{endDate, date}})부터 종료 처리할 수 있습니다.',
    en: 'A cohort can be closed from its last day ({{endDate, date}}).',
  },

  // ---- rooms and instructors
  'ROOM.NOT_FOUND': { ko: '강의실을 찾을 수 없습니다. 목록에서 고르세요.', en: 'The room was not found. Choose one from the list.' },
  'ROOM.CODE_TAKEN': { ko: '이미 있는 강의실 코드입니다 ({{code}}).', en: 'The room code {{code}} is taken.' },
  'INSTRUCTOR.NOT_FOUND': { ko: '강사를 찾을 수 없습니다. 목록에서 고르세요.', en: 'An instructor was not found. Choose from the list.' },

  // ---- the yearly plan
  'PLAN.NOT_FOUND': { ko: '교육훈련계획을 찾을 수 없습니다.', en: 'The plan was not found.' },
  'PLAN.PREVIOUS_YEAR_MISSING': {
    ko: '{{fiscalYear}}년도 계획이 없어 전년 대비 증감을 낼 수 없습니다.',
    en: 'There is no {{fiscalYear}} plan to compare with.',
  },
  'PLAN.LINE_NOT_FOUND': { ko: '이 계획에 없는 과정입니다.', en: 'The course is not in this plan.' },
  'PLAN.APPROVED': {
    ko: '확정된 계획은 고칠 수 없습니다. 변경 계획을 만드세요.',
    en: 'An approved plan no longer changes: open a change.',
  },
  'PLAN.ALREADY_APPROVED': { ko: '이미 확정된 계획입니다.', en: 'The plan is approved already.' },
  'PLAN.DRAFT_EXISTS': {
    ko: '{{fiscalYear}}년도에 작성 중인 계획이 있습니다. 그 계획을 확정한 뒤 새로 만드세요.',
    en: '{{fiscalYear}} has a draft already. Approve it before opening another.',
  },
  'PLAN.ORIGINAL_EXISTS': {
    ko: '{{fiscalYear}}년도 당초 계획이 이미 있습니다. 변경 계획을 만드세요.',
    en: 'The {{fiscalYear}} original plan exists: open a change.',
  },
  'PLAN.CHANGE_NEEDS_APPROVED': {
    ko: '{{fiscalYear}}년도에 확정된 계획이 있어야 변경 계획을 만들 수 있습니다.',
    en: 'A change needs an approved {{fiscalYear}} plan.',
  },
  'PLAN.COURSE_OTHER_YEAR': { ko: '{{fiscalYear}}년도 과정만 넣을 수 있습니다.', en: 'Only courses of {{fiscalYear}} go in this plan.' },
  'PLAN.E_LEARNING_SESSIONS': {
    ko: 'e-러닝은 상시 운영하므로 횟수를 적지 않습니다.',
    en: 'E-learning is always open: leave its sessions empty.',
  },
  'PLAN.TRAINEES_WITHOUT_SESSIONS': {
    ko: '{{quarter}}분기에 인원이 있으면 횟수도 있어야 합니다.',
    en: 'Quarter {{quarter}} has trainees, so it needs sessions.',
  },

  // ---- importing a plan
  'PLAN_IMPORT.FILE_REQUIRED': { ko: '가져올 파일을 고르세요 (.xlsx 또는 .csv).', en: 'Choose a file to import (.xlsx or .csv).' },
  'PLAN_IMPORT.FILE_TYPE': { ko: '.xlsx 또는 .csv 파일만 가져올 수 있습니다.', en: 'Only .xlsx and .csv files can be imported.' },
  'PLAN_IMPORT.FILE_UNREADABLE': {
    ko: '파일({{fileName}})을 읽을 수 없습니다. 양식대로 저장한 파일인지 확인하세요.',
    en: 'The file {{fileName}} cannot be read. Check that it is saved in the template’s layout.',
  },
  'PLAN_IMPORT.ROWS_INVALID': {
    ko: '{{rows, number}}개 행에 고칠 점이 있어 아무것도 가져오지 않았습니다. 아래 표를 보고 고친 뒤 다시 올리세요.',
    en: '{{rows, number}} rows need fixing, so nothing was imported. Fix them as the table below says and upload again.',
  },
  'PLAN_IMPORT.MISSING_COLUMNS': {
    ko: '양식에 있어야 할 열이 없습니다: {{columns}}',
    en: 'The file lacks columns of the template: {{columns}}',
  },
  'PLAN_IMPORT.NO_ROWS': { ko: '과정 행이 없습니다.', en: 'The file has no course rows.' },
  'PLAN_IMPORT.TOO_MANY_ROWS': {
    ko: '한 번에 {{max, number}}행까지 가져올 수 있습니다.',
    en: 'At most {{max, number}} rows can be imported at once.',
  },
  'PLAN_IMPORT.DUPLICATE_CODE': {
    ko: '{{firstLine}}행과 같은 과정코드({{code}})입니다.',
    en: 'The course code {{code}} repeats line {{firstLine}}.',
  },
  'PLAN_IMPORT.REPLACED_COURSE_UNKNOWN': {
    ko: '앞선 해에 과정코드 {{code}}인 과정이 없습니다.',
    en: 'No course of an earlier year has the code {{code}}.',
  },
  'PLAN_IMPORT.BUDGET_LINE_UNKNOWN': {
    ko: '{{fiscalYear}}년도 예산에 없는 사업입니다 ({{budgetLineCode}}). 예산사업코드를 확인하세요.',
    en: 'The {{fiscalYear}} budget has no line {{budgetLineCode}}. Check the budget line code.',
  },

  // ---- settings
  'CURRICULUM_SETTINGS.HOURS_REVERSED': { ko: '종료 시각은 시작 시각보다 늦어야 합니다.', en: 'The end must be after the start.' },

  // ---- the institute's settings
  'SETTINGS.IMAGE_REQUIRED': { ko: '이미지 파일을 고르세요.', en: 'Choose an image file.' },
  'SETTINGS.IMAGE_TYPE': { ko: 'PNG 또는 JPEG 이미지만 올릴 수 있습니다.', en: 'Only PNG or JPEG images can be uploaded.' },
  'SETTINGS.IMAGE_DIMENSIONS': {
    ko: '이미지는 가로·세로 {{min}}~{{max}}픽셀이어야 합니다 (올린 이미지 {{width}}×{{height}}).',
    en: 'Images must be {{min}}–{{max}} pixels wide and high (this one is {{width}}×{{height}}).',
  },
  'SETTINGS.IMAGE_NOT_FOUND': { ko: '등록된 이미지가 없습니다.', en: 'No image has been uploaded.' },
  'SETTINGS.HOLIDAY_REPEATED': { ko: '같은 날짜를 두 번 넣었습니다: {{date, date}}', en: 'The same date appears twice: {{date, date}}' },

  // ---- demand surveys
  'DEMAND_SURVEY.NOT_FOUND': { ko: '수요조사를 찾을 수 없습니다.', en: 'The survey was not found.' },
  'DEMAND_SURVEY.CLOSES_BEFORE_OPENS': {
    ko: '마감일은 시작일({{opensOn, date}})과 같거나 그 뒤여야 합니다.',
    en: 'The survey must not close before it opens ({{opensOn, date}}).',
  },
  'DEMAND_SURVEY.CLOSED': {
    ko: '응답 기간({{opensOn, date}} ~ {{closesOn, date}})이 아닙니다.',
    en: 'The survey takes answers from {{opensOn, date}} to {{closesOn, date}}.',
  },
  'DEMAND_SURVEY.ALREADY_ANSWERED': {
    ko: '이미 응답했습니다. 응답은 한 번만 할 수 있습니다.',
    en: 'You have answered already; each person answers once.',
  },
  'DEMAND_SURVEY.HOURS_REVERSED': {
    ko: '가장 늦은 종료 시각은 가장 이른 시작 시각({{earliestStart}})보다 늦어야 합니다.',
    en: 'The latest end must be after the earliest start ({{earliestStart}}).',
  },
} satisfies Catalogue;

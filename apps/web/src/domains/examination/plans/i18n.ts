import type { Catalogue } from '../../../i18n/catalogue';

/** Every word of the examination plan screens (4-2 and 4-3 of the work report), Korean first. */
export const examPlans = {
  year: { ko: '연도', en: 'Year' },
  yearOption: { ko: '{{year}}년', en: '{{year}}' },
  quarter: { ko: '{{q}}분기', en: 'Q{{q}}' },
  total: { ko: '계', en: 'Total' },
  item: { ko: '구분', en: 'Item' },
  people: { ko: '{{n}}명', en: '{{n}}' },
  times: { ko: '{{n}}회', en: '{{n}}' },
  roundsOf: { ko: '{{rounds}}회({{candidates}}명)', en: '{{rounds}} ({{candidates}} candidates)' },
  none: { ko: '—', en: '—' },
  planned: { ko: '계획', en: 'Plan' },
  held: { ko: '실적', en: 'Held' },

  // ---- 4-2 경력경쟁 채용 선발계획
  'recruitment.title': { ko: '{{year}}년 경력경쟁 채용 선발계획', en: 'Career recruitment plan {{year}}' },
  'recruitment.lead': {
    ko: '분기별 선발 인원과 추진 횟수의 계획을, 결과 발표일이 그 분기에 든 경력경쟁 시험의 실적과 나란히 봅니다.',
    en: 'The selections and rounds planned per quarter, beside the career exams whose result day falls in each quarter.',
  },
  'recruitment.caption': { ko: '분기별 선발계획 대비 실적', en: 'Plan against exams held, by quarter' },
  'recruitment.noPlan': {
    ko: '이 연도에는 경력경쟁 선발계획이 없습니다. 시행한 시험만 보입니다.',
    en: 'This year has no career recruitment plan; only the exams held are shown.',
  },
  'recruitment.plannedSelections': { ko: '선발계획 (명)', en: 'Planned selections' },
  'recruitment.plannedRounds': { ko: '추진횟수 (회)', en: 'Planned rounds' },
  'recruitment.heldRounds': { ko: '시행 시험 (회)', en: 'Exams held' },
  'recruitment.announced': { ko: '공고 선발인원 (명)', en: 'Selections announced' },
  'recruitment.selected': { ko: '최종 합격 (명)', en: 'Passed in the end' },

  // ---- 4-3 역량평가 운영계획
  'assessment.title': { ko: '{{year}}년 역량평가 운영계획', en: 'Competency assessment plan {{year}}' },
  'assessment.lead': {
    ko: '직급별·분기별로 계획한 역량평가 회차와 인원을, 시행일이 그 분기에 든 평가 회차와 대상자 실적과 나란히 봅니다.',
    en: 'The assessment rounds and candidates planned per grade and quarter, beside the rounds held in each quarter and their candidates.',
  },
  'assessment.grade': { ko: '{{grade}}급 승진 역량평가', en: 'Grade {{grade}} promotion assessment' },
  'assessment.caption': { ko: '{{grade}}급 분기별 계획 대비 실적', en: 'Grade {{grade}}: plan against rounds held, by quarter' },
  'assessment.plannedRow': { ko: '계획 회차(인원)', en: 'Planned rounds (candidates)' },
  'assessment.heldRow': { ko: '시행 회차(대상자)', en: 'Rounds held (candidates)' },
  'assessment.unplaced': {
    ko: '원문에서 분기를 알 수 없는 계획: {{cells}} (연간 합계에만 포함)',
    en: 'Planned without a quarter the source keeps: {{cells}} (counted in the year only)',
  },
  'assessment.empty': {
    ko: '이 연도에는 역량평가 계획도 시행 회차도 없습니다.',
    en: 'This year has neither an assessment plan nor rounds held.',
  },
} satisfies Catalogue;

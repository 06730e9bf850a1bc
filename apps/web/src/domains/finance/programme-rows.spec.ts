import type { Schemas } from '../../api/client';
import { programmeRows } from './programme-rows';

const facilities: Schemas['ProgrammePlanView'] = {
  programme: '3-3',
  labelKo: '교육환경 변화에 발맞춘 시설 개선',
  labelEn: 'Facility improvements for the changing learning environment',
  budgetLineCode: 'BUILDING-REPAIR',
  fundKo: null,
  fundEn: null,
  counts: { labelKo: '사업수', labelEn: 'Projects', planned: [2, 3, 2, 1], plannedTotal: 8, booked: [1, 0, 1, 0], bookedTotal: 2 },
  budget: {
    planned: ['90000000', '150000000', '90000000', '80000000'],
    plannedTotal: '410000000',
    booked: ['12000000', '0', '37000000', '0'],
    bookedTotal: '49000000',
  },
};
const international: Schemas['ProgrammePlanView'] = {
  programme: '2-7',
  labelKo: '외국 공무원 대상 국제연수과정 운영',
  labelEn: 'International training for foreign officials',
  budgetLineCode: null,
  fundKo: '대외협력기금',
  fundEn: 'External Cooperation Fund',
  counts: null,
  budget: { planned: ['105219000', '47650000', '47650000', '63948000'], plannedTotal: '264467000', booked: null, bookedTotal: null },
};

describe('the programmes planned apart, as rows of the execution report', () => {
  it("gives each programme's budget in thousand won, then its count where it has one; a fund outside the book books nothing", () => {
    const rows = programmeRows([international, facilities]);
    expect(rows.map((r) => [r.key, r.planned, r.booked, r.plannedTotal, r.bookedTotal])).toEqual([
      ['2-7-budget', ['105219', '47650', '47650', '63948'], null, '264467', null],
      ['3-3-budget', ['90000', '150000', '90000', '80000'], ['12000', '0', '37000', '0'], '410000', '49000'],
      ['3-3-counts', ['2', '3', '2', '1'], ['1', '0', '1', '0'], '8', '2'],
    ]);
  });
});

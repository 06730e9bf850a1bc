import { ASSESSMENT_MODELS } from './assessment-models';
import { assignAssessors, consolidate, feedbackFocus } from './assessment-rules';

describe('the models of section 4-3', () => {
  it('has six competencies and three techniques for grade 4, five and two for grade 5', () => {
    const [four, five] = [4, 5].map((g) => ASSESSMENT_MODELS.find((m) => m.grade === g)!);
    expect(four.competencies.map((c) => c.ko)).toEqual(['정책관리', '의사결정', '조직관리', '코칭', '이해관계조정', '감성소통']);
    expect(four.techniques.map((t) => t.code)).toEqual(['in_basket_exercise', '1_1_role_play', '1_2_role_play']);
    expect([five.competencies.length, five.techniques.length]).toEqual([5, 2]);
    expect(five.headerPrinted).toBe('5급(5개 역량, 2개 기법)');
  });
});

describe('assignAssessors', () => {
  const candidates = [
    { id: 'c1', employeeNo: 'E1', agencyCode: 'MAPO-GU' },
    { id: 'c2', employeeNo: 'E2', agencyCode: 'GANGNAM-GU' },
  ];
  const assessors = [
    { id: 'a1', agencyCode: 'MAPO-GU' },
    { id: 'a2', agencyCode: null },
    { id: 'a3', agencyCode: null },
    { id: 'a4', agencyCode: 'GANGNAM-GU' },
    { id: 'a5', agencyCode: null },
  ];

  it('never assigns an assessor of the same agency or with a declared conflict', () => {
    const { assignments, unassignable } = assignAssessors(
      candidates,
      ['in_basket', 'role_play'],
      assessors,
      new Set(['a2:E2']),
      2,
      'round',
    );
    expect(unassignable).toEqual([]);
    expect(assignments.filter((a) => a.candidateId === 'c1').some((a) => a.assessorId === 'a1')).toBe(false);
    expect(assignments.filter((a) => a.candidateId === 'c2').some((a) => ['a4', 'a2'].includes(a.assessorId))).toBe(false);
    expect(assignments).toHaveLength(8);
    for (const c of ['c1', 'c2'])
      for (const t of ['in_basket', 'role_play'])
        expect(new Set(assignments.filter((a) => a.candidateId === c && a.technique === t).map((a) => a.assessorId)).size).toBe(2);
  });

  it('reports a candidate for whom too few assessors are free of conflicts', () => {
    expect(assignAssessors(candidates, ['in_basket'], assessors.slice(0, 2), new Set(), 2, 'round').unassignable).toEqual(['E1']);
  });

  it('gives the same assignment when run again', () => {
    const run = () => assignAssessors(candidates, ['in_basket', 'role_play'], assessors, new Set(), 2, 'round').assignments;
    expect(run()).toEqual(run());
  });
});

describe('consolidate and feedbackFocus', () => {
  it('averages each competency over techniques and assessors, then the competencies', () => {
    const ratings = [
      { technique: 't1', assessorId: 'a', competency: 'x', score: 3 },
      { technique: 't1', assessorId: 'b', competency: 'x', score: 4 },
      { technique: 't2', assessorId: 'c', competency: 'x', score: 2 },
      { technique: 't1', assessorId: 'a', competency: 'y', score: 2 },
      { technique: 't1', assessorId: 'b', competency: 'y', score: 2 },
      { technique: 't2', assessorId: 'c', competency: 'y', score: 3 },
    ];
    expect(consolidate(['x', 'y'], ratings)).toEqual({ scores: { x: 300, y: 233 }, overall: 267 });
    expect(feedbackFocus({ x: 300, y: 233, z: 410 }, 250)).toEqual({ strengths: ['z', 'x'], development: ['y'] });
    expect(feedbackFocus({ x: 300, z: 410 }, 250)).toEqual({ strengths: ['z', 'x'], development: ['x'] });
  });
});

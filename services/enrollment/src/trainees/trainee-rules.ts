import { conflict } from '@baeum/service-kit';

const DUPLICATE =
  '같은 기관에 같은 직원번호 또는 계정의 교육생이 이미 있습니다 / A trainee with this staff number or account already exists in the agency';

/** A unique index refused the trainee: the same staff number in the agency, or the same account. */
export const duplicateTrainee = (error: unknown) =>
  conflict('TRAINEE.DUPLICATE', {
    field: (error as { constraint?: string }).constraint === 'UQ_trainee_user' ? 'userId' : 'employeeNo',
    message: DUPLICATE,
  });

import { useTranslation } from 'react-i18next';

/** A position as applicants know it (일반행정 9급); the institute's Korean name is marked Korean. */
export function PositionName({ position }: { position: { jobSeriesKo: string; grade: number } }) {
  const { t } = useTranslation('examOfficer');
  return (
    <>
      <span lang="ko">{position.jobSeriesKo}</span>
      {t('positionGrade', { grade: position.grade })}
    </>
  );
}

/** A position's name as plain text (accessible names, choices marked Korean). */
export function usePositionName() {
  const { t } = useTranslation('examOfficer');
  return (p: { jobSeriesKo: string; grade: number }) => t('position', { series: p.jobSeriesKo, grade: p.grade });
}

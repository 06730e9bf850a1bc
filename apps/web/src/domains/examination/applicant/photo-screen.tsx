import { Link } from 'react-router';
import { PageHeader } from '../../../kit';
import { PhotoPicker } from './photo-picker';
import { useApplicantWords } from './shared';

/** 사진 등록: the applicant's photo for their admission tickets, reached from 내 응시원서. */
export default function PhotoScreen() {
  const { t } = useApplicantWords();
  return (
    <div className="exam-app" data-testid="exam-photo">
      <PageHeader title={t('photo.title')} />
      <p>{t('photo.intro')}</p>
      <PhotoPicker />
      <p>
        <Link to="/exam-my">{t('my.title')}</Link>
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { $api, asApiError } from '../../api/client';
import { Badge, DateText, DetailList, Instant, Notice, PageHeader, Period, problemOf, problemText, Section } from '../../kit';
import { CourseName, MixedText, PersonName, useEnrollmentWords } from './common';

/**
 * 수료증 진위 확인: the page a certificate's QR code opens, for anyone, signed in or not. It shows what
 * the certificate certifies (the name partly masked) and whether it is valid or was revoked, when and
 * why; a code no certificate has gets a plain "not found".
 */
export default function VerifyCertificateScreen() {
  const { t } = useEnrollmentWords();
  const { t: common } = useTranslation();
  const code = useParams().code ?? '';
  const check = $api.useQuery('get', '/api/public/certificates/{code}', { params: { path: { code } } }, { enabled: code !== '' });
  const error = check.error ? asApiError(check.error) : null;
  const c = check.data;

  return (
    <div className="narrow-page" data-testid="certificate-verify">
      <PageHeader title={t('verify.title')} lead={t('verify.lead')} />
      <p>
        {t('verify.code')}: <code data-testid="verify-code">{code}</code>
      </p>
      {check.isPending && code !== '' && (
        <p className="state-line" role="status">
          {t('verify.checking')}
        </p>
      )}
      {(code === '' || error?.status === 404) && (
        <Notice tone="danger" role="alert" title={t('verify.notFound')} testId="verify-not-found">
          <p>{t('verify.notFoundLead')}</p>
        </Notice>
      )}
      {error && error.status !== 404 && (
        <Notice tone="danger" role="alert" title={problemText(common, problemOf(check.error))} testId="verify-problem" />
      )}
      {c && (
        <>
          {c.valid ? (
            <Notice tone="success" role="status" title={t('verify.valid')} testId="verify-valid">
              <p>{t('verify.validLead')}</p>
            </Notice>
          ) : (
            <Notice tone="danger" role="alert" title={t('verify.revoked')} testId="verify-revoked">
              <p>{t('verify.revokedLead')}</p>
              <p data-testid="verify-revoked-at">
                {t('verify.revokedAt')}: <Instant at={c.revokedAt} />
              </p>
              <p data-testid="verify-reason">
                {t('verify.reason')}: <MixedText text={c.revokeReason ?? ''} />
              </p>
            </Notice>
          )}
          <Section title={t('verify.details')} testId="verify-details">
            <DetailList
              testId="verify-list"
              items={[
                {
                  key: 'state',
                  label: t('verify.state'),
                  value: c.valid ? (
                    <Badge tone="success">{t('verify.stateValid')}</Badge>
                  ) : (
                    <Badge tone="danger">{t('verify.stateRevoked')}</Badge>
                  ),
                },
                { key: 'number', label: t('verify.number'), value: c.certificateNo ?? t('dash') },
                {
                  key: 'name',
                  label: t('verify.name'),
                  value: (
                    <span data-testid="verify-name">
                      <PersonName name={c.traineeName} />
                    </span>
                  ),
                },
                { key: 'course', label: t('verify.course'), value: <CourseName ko={c.courseNameKo} en={c.courseNameEn} /> },
                { key: 'period', label: t('verify.period'), value: <Period start={c.startDate} end={c.endDate} /> },
                {
                  key: 'hours',
                  label: t('verify.hours'),
                  value: (
                    <span data-testid="verify-hours">{c.hours === null ? t('dash') : t('verify.hoursValue', { hours: c.hours })}</span>
                  ),
                },
                { key: 'completed', label: t('verify.completedOn'), value: <DateText date={c.completedOn} /> },
                { key: 'issuer', label: t('verify.issuer'), value: c.institute ? <MixedText text={c.institute} /> : t('dash') },
              ]}
            />
          </Section>
        </>
      )}
    </div>
  );
}

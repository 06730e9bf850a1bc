import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { $api, api, ApiError, asApiError, type Schemas, unwrap } from '../../api/client';
import { uploadFile } from '../../api/files';
import { sessionStore } from '../../api/session';
import { registerCatalogue } from '../../i18n/i18n';
import { Button, CheckboxField, DateField, FileUpload, Form, PageHeader, QueryState, Section, TextField } from '../../kit';
import { institute } from './i18n';
import { CODE_PATTERN, useInstituteT } from './shared';

registerCatalogue('institute', institute);

type Settings = Schemas['InstituteSettingsView'];
type SettingsValues = {
  nameKo?: string;
  nameEn?: string;
  code?: string;
  distancingEnabled: boolean;
  holidays: { date?: string; name?: string }[];
};
type ImageKind = 'logo' | 'seal';

const MAX_IMAGE_BYTES = 1024 * 1024;
const SETTINGS_PATHS = ['/api/admin/settings', '/api/curriculum-settings'];

/** 기관 설정: the institute's names, code, distancing rule and own holidays; its logo and seal with a preview. */
export default function SettingsScreen() {
  const t = useInstituteT();
  const settings = $api.useQuery('get', '/api/admin/settings');
  return (
    <div data-testid="institute-settings">
      <PageHeader title={t('settings.title')} lead={t('settings.lead')} />
      <QueryState loading={settings.isPending} error={settings.error} retry={() => void settings.refetch()} testId="institute-settings">
        {settings.data && (
          <>
            <SettingsForm settings={settings.data} />
            <Section title={t('settings.images')} testId="institute-images">
              <div className="form-grid">
                <ImageUpload kind="logo" image={settings.data.logo} />
                <ImageUpload kind="seal" image={settings.data.seal} />
              </div>
            </Section>
          </>
        )}
      </QueryState>
    </div>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const t = useInstituteT();
  const queryClient = useQueryClient();
  const form = useForm<SettingsValues>({
    mode: 'onTouched',
    defaultValues: {
      nameKo: settings.nameKo,
      nameEn: settings.nameEn,
      code: settings.code,
      distancingEnabled: settings.distancingEnabled,
      holidays: settings.holidays,
    },
  });
  const holidays = useFieldArray({ control: form.control, name: 'holidays' });
  return (
    <Section title={t('settings.identity')} testId="institute-identity">
      <Form
        form={form}
        testId="institute-form"
        label={t('settings.title')}
        submitLabel={t('settings.save')}
        success={t('settings.saved')}
        onSubmit={async (v) => {
          const saved = await unwrap(
            api.PUT('/api/admin/settings', {
              body: {
                nameKo: v.nameKo!.trim(),
                nameEn: v.nameEn!.trim(),
                ...(v.code ? { code: v.code.trim().toUpperCase() } : {}),
                distancingEnabled: v.distancingEnabled,
                holidays: v.holidays.map((h) => ({ date: h.date!, name: h.name!.trim() })),
              },
            }),
          );
          await queryClient.invalidateQueries({
            predicate: (q) => q.queryKey[0] === 'get' && SETTINGS_PATHS.includes(String(q.queryKey[1])),
          });
          return saved;
        }}
      >
        <div className="form-grid">
          <TextField name="nameKo" label={t('settings.nameKo')} required maxLength={100} testId="institute-name-ko" />
          <TextField name="nameEn" label={t('settings.nameEn')} required maxLength={150} testId="institute-name-en" />
          <TextField
            name="code"
            label={t('settings.code')}
            hint={t('settings.codeHint')}
            maxLength={40}
            validate={(value) =>
              typeof value === 'string' && value !== '' && !CODE_PATTERN.test(value.trim().toUpperCase())
                ? { code: 'VALIDATION.FORMAT' }
                : null
            }
            testId="institute-code"
          />
        </div>
        <CheckboxField name="distancingEnabled" label={t('settings.distancing')} testId="institute-distancing" />
        <fieldset className="institute-holidays" data-testid="institute-holidays">
          <legend>{t('settings.holidays')}</legend>
          <p className="section-lead">{t('settings.holidaysLead')}</p>
          {holidays.fields.length === 0 && <p data-testid="institute-no-holidays">{t('settings.noHolidays')}</p>}
          <ul className="institute-holiday-list">
            {holidays.fields.map((field, index) => (
              <li key={field.id} className="form-grid" data-testid="institute-holiday">
                <DateField
                  name={`holidays.${index}.date`}
                  label={t('settings.holidayDate')}
                  required
                  validate={(value, values) =>
                    typeof value === 'string' && (values as SettingsValues).holidays.some((h, other) => other !== index && h.date === value)
                      ? { code: 'SETTINGS.HOLIDAY_REPEATED', params: { date: value } }
                      : null
                  }
                  testId={`institute-holiday-date-${index}`}
                />
                <TextField
                  name={`holidays.${index}.name`}
                  label={t('settings.holidayName')}
                  required
                  maxLength={100}
                  testId={`institute-holiday-name-${index}`}
                />
                <div className="form-group">
                  <Button
                    size="small"
                    variant="tertiary"
                    onClick={() => holidays.remove(index)}
                    aria-label={t('settings.holidayRemoveOf', { name: form.getValues(`holidays.${index}.name`) || String(index + 1) })}
                    testId={`institute-holiday-remove-${index}`}
                  >
                    {t('settings.holidayRemove')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
          <Button size="small" variant="secondary" onClick={() => holidays.append({ date: '', name: '' })} testId="institute-holiday-add">
            {t('settings.holidayAdd')}
          </Button>
        </fieldset>
      </Form>
    </Section>
  );
}

/** The stored image, fetched with the session's token (an <img> cannot send it), for its preview. */
function usePreview(kind: ImageKind, sha256: string | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!sha256) return setUrl(null);
    let href: string | null = null;
    let gone = false;
    const token = sessionStore.get()?.accessToken;
    void fetch(`/api/settings/${kind}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} })
      .then((res) => (res.ok ? res.blob() : null))
      .then((blob) => {
        if (gone || !blob) return;
        href = URL.createObjectURL(blob);
        setUrl(href);
      })
      .catch(() => undefined);
    return () => {
      gone = true;
      if (href) URL.revokeObjectURL(href);
    };
  }, [kind, sha256]);
  return url;
}

function ImageUpload({ kind, image }: { kind: ImageKind; image: Schemas['InstituteImageView'] | null }) {
  const t = useInstituteT();
  const queryClient = useQueryClient();
  const preview = usePreview(kind, image?.sha256);
  return (
    <FileUpload
      title={t(`settings.${kind}`)}
      description={
        <>
          <p className="form-hint">{t('settings.imageHint')}</p>
          {image && preview ? (
            <figure className="institute-image" data-testid={`institute-${kind}-preview`}>
              <img
                src={preview}
                alt={t(`settings.${kind}Alt`)}
                width={120}
                style={{ height: 'auto', maxHeight: 120, objectFit: 'contain' }}
              />
              <figcaption>
                {t('settings.imageFacts', { width: image.width, height: image.height, kb: Math.ceil(image.bytes / 1024) })}
              </figcaption>
            </figure>
          ) : (
            !image && <p data-testid={`institute-${kind}-none`}>{t('settings.noImage')}</p>
          )}
        </>
      }
      accept={['.png', '.jpg', '.jpeg']}
      maxBytes={MAX_IMAGE_BYTES}
      uploadLabel={t('settings.upload')}
      success={() => t('settings.uploaded')}
      onUpload={async (file) => {
        try {
          const saved = await uploadFile<Schemas['InstituteImageView']>(`/api/admin/settings/${kind}`, file, { method: 'PUT' });
          await queryClient.invalidateQueries({
            predicate: (q) => q.queryKey[0] === 'get' && String(q.queryKey[1]) === '/api/admin/settings',
          });
          return saved;
        } catch (error) {
          // The file's own problem (not an image, too small or large) in its words, rather than "check the input".
          const failed = asApiError(error);
          const [problem] = failed.fieldErrors;
          if (failed.body.code !== 'VALIDATION' || !problem) throw failed;
          throw new ApiError(failed.status, { ...failed.body, code: problem.code, params: problem.params });
        }
      }}
      testId={`institute-${kind}`}
    />
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import Cropper, { type Area } from 'react-easy-crop';
import 'react-easy-crop/react-easy-crop.css';
import { useTranslation } from 'react-i18next';
import { $api, type Schemas } from '../../../api/client';
import { fetchObjectUrl, uploadFile } from '../../../api/files';
import { ActionStatus, Button, type Outcome, problemOf, problemText } from '../../../kit';
import { useApplicantWords } from './shared';

/** The ticket's photo in pixels (3×4 cm), the size the server takes exactly (APPLICANT_PHOTO_PIXELS). */
export const TICKET_PHOTO = { width: 300, height: 400 } as const;

const INFO = '/api/exam/me/photo/info' as const;

/** The chosen part of the image drawn at the ticket's size, as a JPEG. */
export async function renderTicketPhoto(src: string, area: Area): Promise<Blob> {
  const image = new Image();
  image.src = src;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = TICKET_PHOTO.width;
  canvas.height = TICKET_PHOTO.height;
  const context = canvas.getContext('2d')!;
  // A white ground, so a PNG's transparent parts print as paper.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, area.x, area.y, area.width, area.height, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas gave no image'))), 'image/jpeg', 0.9),
  );
}

export interface PhotoPickerProps {
  /** Told when a photo is registered (the application wizard moves on). */
  onSaved?(photo: Schemas['ApplicantPhotoView']): void;
}

/**
 * 사진 등록: the applicant's photo for their admission tickets, with the rules, the current photo, and a
 * chosen picture cropped to 3:4 and sent as a 300×400 JPEG. Refusals (the server's too) show beside the field.
 */
export function PhotoPicker({ onSaved }: PhotoPickerProps) {
  const { t, instant } = useApplicantWords();
  const { t: tr } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const info = $api.useQuery('get', INFO);
  const registered = info.data?.photo ?? null;
  const [current, setCurrent] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [crop, setCrop] = useState({ x: 0, y: 0 });
  const [zoom, setZoom] = useState(1);
  const [area, setArea] = useState<Area | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const photoId = registered?.id;

  // The current photo's image, fetched with the sign-in (an <img src> would go without it).
  useEffect(() => {
    if (!photoId) return;
    let url: string | null = null;
    let live = true;
    fetchObjectUrl('/api/exam/me/photo').then(
      (made) => {
        url = made;
        if (live) setCurrent(made);
        else URL.revokeObjectURL(made);
      },
      () => setCurrent(null),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [photoId]);

  useEffect(() => () => void (chosen && URL.revokeObjectURL(chosen)), [chosen]);

  const choose = (file: File | undefined) => {
    setProblem(null);
    setOutcome(null);
    setArea(null);
    setZoom(1);
    setCrop({ x: 0, y: 0 });
    setChosen(file ? URL.createObjectURL(file) : null);
  };

  const save = async () => {
    if (!chosen || !area) return;
    setBusy(true);
    setProblem(null);
    setOutcome(null);
    try {
      const blob = await renderTicketPhoto(chosen, area).catch(() => {
        throw new Error('unreadable');
      });
      const photo = await uploadFile<Schemas['ApplicantPhotoView']>(
        '/api/exam/me/photo',
        new File([blob], 'photo.jpg', { type: 'image/jpeg' }),
        {
          method: 'PUT',
        },
      );
      queryClient.setQueryData(['get', INFO, {}], { photo });
      // 내 응시원서 asks too, and stops saying that no photo is registered.
      void queryClient.invalidateQueries({ queryKey: ['get', INFO] });
      setChosen(null);
      setOutcome({ kind: 'success', text: t('photo.saved') });
      onSaved?.(photo);
    } catch (error) {
      setProblem(error instanceof Error && error.message === 'unreadable' ? t('photo.unreadable') : problemText(tr, problemOf(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="exam-photo" data-testid="photo-picker">
      <section aria-labelledby={`${id}-rules`} className="exam-photo-rules">
        <h2 id={`${id}-rules`} className="heading-sm">
          {t('photo.rulesTitle')}
        </h2>
        <ul>
          <li>{t('photo.rule.recent')}</li>
          <li>{t('photo.rule.front')}</li>
          <li>{t('photo.rule.noHat')}</li>
          <li>{t('photo.rule.size', TICKET_PHOTO)}</li>
        </ul>
      </section>
      <div className="exam-photo-current">
        <h2 className="heading-sm">{t('photo.current')}</h2>
        {registered && current ? (
          <figure>
            <img src={current} alt={t('photo.currentAlt')} width={150} height={200} data-testid="photo-current" />
            <figcaption>{t('photo.uploadedAt', { at: instant(registered.uploadedAt) })}</figcaption>
          </figure>
        ) : (
          info.data &&
          !registered && (
            <p className="state-line empty" data-testid="photo-none">
              {t('photo.none')}
            </p>
          )
        )}
      </div>
      <div className="form-group">
        <div className="form-tit">
          <label htmlFor={`${id}-file`}>{t('photo.choose')}</label>
        </div>
        <div className="form-conts">
          <input
            id={`${id}-file`}
            type="file"
            accept="image/jpeg,image/png"
            aria-describedby={problem ? `${id}-problem` : undefined}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => choose(e.target.files?.[0])}
            data-testid="photo-file"
          />
        </div>
        {problem && (
          <p id={`${id}-problem`} className="form-hint-invalid" role="alert" data-testid="photo-problem">
            {problem}
          </p>
        )}
      </div>
      {chosen && (
        <div className="exam-photo-crop">
          <p className="form-hint">{t('photo.cropHelp')}</p>
          <div className="exam-photo-cropper" role="group" aria-label={t('photo.cropArea')} data-testid="photo-cropper">
            <Cropper
              image={chosen}
              crop={crop}
              zoom={zoom}
              aspect={TICKET_PHOTO.width / TICKET_PHOTO.height}
              onCropChange={setCrop}
              onZoomChange={setZoom}
              onCropComplete={(_, pixels) => setArea(pixels)}
              onMediaLoaded={() => setProblem(null)}
              mediaProps={{
                onError: () => {
                  setProblem(t('photo.unreadable'));
                  setChosen(null);
                },
              }}
              disableAutomaticStylesInjection
            />
          </div>
          <label className="exam-photo-zoom">
            {t('photo.zoom')}
            <input type="range" min={1} max={3} step={0.05} value={zoom} onChange={(e) => setZoom(Number(e.target.value))} />
          </label>
          <Button variant="primary" onClick={() => void save()} busy={busy} disabled={!area} testId="photo-save">
            {t('photo.save')}
          </Button>
        </div>
      )}
      <ActionStatus outcome={outcome} testId="photo-status" />
    </div>
  );
}

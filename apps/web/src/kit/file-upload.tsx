import { type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionStatus, type Outcome } from './action-status';
import { Button } from './button';
import { problemOf } from './error-text';

const kb = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export interface FileUploadProps<R> {
  title: string;
  description?: ReactNode;
  /** Extensions accepted, with the dot: ['.xlsx', '.csv']. */
  accept: string[];
  maxBytes: number;
  /** Sends the chosen file; runs only when the person confirms with the upload button. */
  onUpload(file: File): Promise<R>;
  success?: (result: R) => string;
  uploadLabel?: string;
  testId?: string;
  /** What to show of the result (a per-row report). */
  children?: ReactNode;
}

/**
 * KRDS file upload: choose (or drop) a file, see its name and size, then upload it with a
 * button. Nothing is sent on choosing, so a wrong file can be replaced before it counts.
 */
export function FileUpload<R>({
  title,
  description,
  accept,
  maxBytes,
  onUpload,
  success,
  uploadLabel,
  testId,
  children,
}: FileUploadProps<R>) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const types = accept.join(', ');

  const choose = (chosen: File | undefined) => {
    setOutcome(null);
    setProblem(null);
    if (!chosen) return setFile(null);
    const extension = chosen.name.slice(chosen.name.lastIndexOf('.')).toLowerCase();
    if (!accept.includes(extension)) {
      setFile(null);
      return setProblem(t('upload.wrongType', { types }));
    }
    if (chosen.size > maxBytes) {
      setFile(null);
      return setProblem(t('upload.tooLarge', { size: kb(maxBytes) }));
    }
    setFile(chosen);
  };

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result = await onUpload(file);
      setOutcome(success ? { kind: 'success', text: success(result) } : null);
      setFile(null);
      if (input.current) input.current.value = '';
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="krds-file-upload line baeum-upload" data-testid={testId}>
      <div className="file-head">
        <p className="tit">{title}</p>
        {description && <div>{description}</div>}
      </div>
      <div
        className="file-upload"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          choose(e.dataTransfer.files[0]);
        }}
      >
        <p className="txt" id={`${id}-help`}>
          {t('upload.drop')} <br />
          {t('upload.accepts', { types, size: kb(maxBytes) })}
        </p>
        <div className="file-upload-btn-wrap">
          <input
            ref={input}
            id={id}
            type="file"
            className="sr-only"
            accept={accept.join(',')}
            aria-describedby={`${id}-help`}
            onChange={(e) => choose(e.target.files?.[0])}
            data-testid={testId ? `${testId}-input` : undefined}
          />
          <label htmlFor={id} className="krds-btn medium secondary">
            {t('upload.choose')}
          </label>
        </div>
      </div>
      {problem && (
        <p className="form-hint-invalid" role="alert">
          {problem}
        </p>
      )}
      {file && (
        <div className="file-list">
          <p className="file-name" data-testid={testId ? `${testId}-chosen` : undefined}>
            {t('upload.chosen', { name: file.name, size: kb(file.size) })}
          </p>
          <div className="button-row">
            <Button variant="primary" onClick={upload} busy={busy} testId={testId ? `${testId}-submit` : undefined}>
              {uploadLabel ?? t('action.upload')}
            </Button>
            <Button variant="tertiary" onClick={() => choose(undefined)} disabled={busy}>
              {t('upload.remove')}
            </Button>
          </div>
        </div>
      )}
      <ActionStatus outcome={outcome} testId={testId ? `${testId}-status` : undefined} />
      {children}
    </div>
  );
}

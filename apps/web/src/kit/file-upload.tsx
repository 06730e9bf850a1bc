import { type ReactNode, type RefObject, useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ActionStatus, type Outcome } from './action-status';
import { Button } from './button';
import { problemOf } from './error-text';

const kb = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** What is wrong with a chosen file, in the person's language: a type not accepted, or too large; null when it may go. */
function fileProblem(file: File, accept: string[], maxBytes: number, t: TFunction): string | null {
  const extension = file.name.slice(file.name.lastIndexOf('.')).toLowerCase();
  if (!accept.includes(extension)) return t('upload.wrongType', { types: accept.join(', ') });
  if (file.size > maxBytes) return t('upload.tooLarge', { size: kb(maxBytes) });
  return null;
}

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
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = (chosen: File | undefined) => {
    setOutcome(null);
    setProblem(null);
    if (!chosen) return setFile(null);
    const wrong = fileProblem(chosen, accept, maxBytes, t);
    setFile(wrong ? null : chosen);
    setProblem(wrong);
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
      <DropBox
        title={title}
        description={description}
        accept={accept}
        maxBytes={maxBytes}
        inputRef={input}
        onFiles={(files) => choose(files[0])}
        testId={testId}
      />
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

export interface FilesPickerProps {
  title: string;
  description?: ReactNode;
  /** Extensions accepted, with the dot: ['.pdf', '.png']. */
  accept: string[];
  maxBytes: number;
  maxFiles: number;
  files: File[];
  onChange(files: File[]): void;
  testId?: string;
}

/**
 * KRDS file upload for files sent later, with the form they belong to: choose (or drop) several,
 * each checked as it is chosen and listed with its size and a button to take it back out.
 */
export function FilesPicker({ title, description, accept, maxBytes, maxFiles, files, onChange, testId }: FilesPickerProps) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<string[]>([]);

  const choose = (chosen: File[]) => {
    const wrong: string[] = [];
    const next = [...files];
    for (const file of chosen) {
      const problem = fileProblem(file, accept, maxBytes, t);
      if (problem) wrong.push(`${file.name}: ${problem}`);
      else if (next.length >= maxFiles) wrong.push(`${file.name}: ${t('upload.tooMany', { max: maxFiles })}`);
      else next.push(file);
    }
    setProblems(wrong);
    onChange(next);
  };

  return (
    <div className="krds-file-upload line baeum-upload" data-testid={testId}>
      <DropBox title={title} description={description} accept={accept} maxBytes={maxBytes} multiple onFiles={choose} testId={testId} />
      {problems.map((problem) => (
        <p key={problem} className="form-hint-invalid" role="alert">
          {problem}
        </p>
      ))}
      {files.length > 0 && (
        <ul className="file-list" data-testid={testId ? `${testId}-chosen` : undefined}>
          {files.map((file, i) => (
            <li key={`${file.name}-${i}`} className="button-row">
              <span className="file-name">{t('upload.chosen', { name: file.name, size: kb(file.size) })}</span>
              <Button variant="tertiary" onClick={() => onChange(files.filter((_, j) => j !== i))}>
                {t('upload.removeOne', { name: file.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The KRDS box a file is dropped on or chosen in: its title, what it accepts, and the (visually hidden) input. */
function DropBox({
  title,
  description,
  accept,
  maxBytes,
  multiple = false,
  inputRef,
  onFiles,
  testId,
}: {
  title: string;
  description?: ReactNode;
  accept: string[];
  maxBytes: number;
  multiple?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
  onFiles(files: File[]): void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <div className="file-head">
        <p className="tit">{title}</p>
        {description && <div>{description}</div>}
      </div>
      <div
        className="file-upload"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          onFiles([...e.dataTransfer.files]);
        }}
      >
        <p className="txt" id={`${id}-help`}>
          {t('upload.drop')} <br />
          {t('upload.accepts', { types: accept.join(', '), size: kb(maxBytes) })}
        </p>
        <div className="file-upload-btn-wrap">
          <input
            ref={inputRef}
            id={id}
            type="file"
            multiple={multiple}
            className="sr-only"
            accept={accept.join(',')}
            aria-describedby={`${id}-help`}
            onChange={(e) => {
              onFiles([...(e.target.files ?? [])]);
              // Chosen files are held by the caller, so the same file may be chosen again after being taken out.
              if (multiple) e.target.value = '';
            }}
            data-testid={testId ? `${testId}-input` : undefined}
          />
          <label htmlFor={id} className="krds-btn medium secondary">
            {t('upload.choose')}
          </label>
        </div>
      </div>
    </>
  );
}

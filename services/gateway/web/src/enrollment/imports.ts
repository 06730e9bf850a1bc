import type { User } from '../api';
import { h } from '../dom';
import { onLangChange, t } from '../i18n';
import { enrollment, ImportJob } from './enrollment-api';
import { badge, button, card, cell, count, downloads, field, label, liveMessage, num, say, sayError, table } from './ui';

const POLL_MS = 700;

/**
 * e-러닝 수료 기록 가져오기: the LMS's CSV streams to the server, which reads it as it arrives;
 * the bar follows the bytes read, and a screen reader hears each tenth of the way. Refused rows
 * come back as a file with their line and reason.
 */
export function renderImports(main: HTMLElement, _user: User): () => void {
  let jobs: ImportJob[] = [];
  let last: ImportJob | null = null;
  let timer: number | undefined;
  let disposed = false;
  const status = liveMessage('import-status');
  const file = h('input', { type: 'file', accept: '.csv,text/csv', 'data-testid': 'import-file' });
  const bar = h('progress', { max: '100', value: '0', id: 'import-progress', 'data-testid': 'import-progress', 'aria-labelledby': 'import-progress-label' }) as HTMLProgressElement;
  const barLabel = label('enr.import.progress', 'label', { id: 'import-progress-label', for: 'import-progress' });
  const result = h('div', { 'data-testid': 'import-result' });
  const history = h('div', {});
  let announced = -1;

  const show = (job: ImportJob) => {
    const percent = job.totalBytes ? Math.min(100, Math.floor((100 * job.bytesRead) / job.totalBytes)) : 0;
    bar.value = job.status === 'finished' ? 100 : percent;
    bar.setAttribute('aria-valuetext', t('enr.import.progressText', { percent: bar.value, rows: count(job.rowsRead) }));
    const tenth = Math.floor(bar.value / 10);
    if (tenth !== announced && job.status === 'running') {
      announced = tenth;
      say(status, 'info', () => t('enr.import.progressText', { percent: bar.value, rows: count(job.rowsRead) }));
    }
  };

  function render() {
    result.replaceChildren(
      ...(last
        ? [h('div', {},
            table('enr.import.summary', ['enr.import.rows', 'enr.import.imported', 'enr.import.duplicates', 'enr.import.rejected', 'enr.import.completedHere'], [[num(last.rowsRead), num(last.imported), num(last.duplicates), num(last.rejected), num(last.applicationsCompleted)]], { numeric: ['enr.import.rows', 'enr.import.imported', 'enr.import.duplicates', 'enr.import.rejected', 'enr.import.completedHere'], empty: 'enr.report.empty', testid: 'import-summary' }),
            last.rejected > 0 ? h('div', {}, label('enr.import.errors', 'p'), downloads((format) => enrollment.importErrors(last!.id, format), status, 'import-errors')) : null)]
        : []),
    );
    history.replaceChildren(table('enr.import.history', ['enr.import.file', 'enr.col.status', 'enr.import.rows', 'enr.import.imported', 'enr.import.rejected'], jobs.map((j) => [cell(j.fileName), cell(badge(j.status)), num(j.rowsRead), num(j.imported), num(j.rejected)]), { numeric: ['enr.import.rows', 'enr.import.imported', 'enr.import.rejected'], empty: 'enr.import.none' }));
  }

  const poll = (id: string) => {
    timer = window.setTimeout(async () => {
      const job = await enrollment.importStatus(id).catch(() => null);
      if (disposed || !job || job.status !== 'running') return;
      show(job);
      poll(id);
    }, POLL_MS);
  };

  const upload = button('enr.import.start', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return say(status, 'error', () => t('enr.chooseFile'));
    announced = -1;
    bar.value = 0;
    try {
      last = await enrollment.importCompletions(chosen, (job) => poll(job.id));
      window.clearTimeout(timer);
      show(last);
      if (last.status === 'failed') say(status, 'error', () => t('enr.import.failed', { reason: last?.failure ?? '' }));
      else say(status, 'success', () => t('enr.import.done', { imported: count(last!.imported), duplicates: count(last!.duplicates), rejected: count(last!.rejected) }));
      jobs = await enrollment.imports();
      render();
    } catch (e) {
      window.clearTimeout(timer);
      sayError(status, e);
    }
  }, { 'data-testid': 'import-start' }, true);

  main.replaceChildren(
    card('enr.import.title', 'import-title',
      label('enr.import.intro', 'p', { class: 'muted' }),
      h('div', { class: 'actions' }, field('enr.import.file', file, 'import-file', 'enr.import.fileHint'), upload),
      h('div', { class: 'field' }, barLabel, bar),
      status,
      result),
    card('enr.import.history', 'import-history-title', history),
  );
  const stop = onLangChange(render);
  enrollment.imports().then((list) => {
    jobs = list;
    render();
  }).catch((e) => sayError(status, e));
  return () => {
    disposed = true;
    window.clearTimeout(timer);
    stop();
  };
}

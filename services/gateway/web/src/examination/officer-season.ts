import { downloadFile, request, uploadFile } from '../api';
import { h } from '../dom';
import { errorText, money } from '../format';
import { Key, setText, t, tMaybe } from '../i18n';
import { ACCOMMODATION_KINDS, Application, Exam, getExam } from './exam-api';
import { badge, button, field, fromSeoulInput, heading, positionName, seoulTime, showDone, showFailure, statusLine, table, td, title, toSeoulInput } from './ui';

interface Venue {
  id: string;
  nameKo: string;
  agencyCode: string;
  address: string;
  rooms: { id: string; name: string; seats: number; accommodations: string[]; available: boolean; seated: number }[];
}

interface Session {
  id: string;
  seq: number;
  heldOn: string;
  startsAt: string;
  room: string;
  panel: { id: string; nameKo: string }[];
  candidates: { id: string; examNumber: string; nameKo: string; marks: number; complete: boolean }[];
}

interface PassList {
  positionId: string;
  labelKo: string;
  openings: number;
  passed: { examNumber: string; nameKo: string; writtenTotal: number | null; interviewGrade: string | null }[];
}

const score = (hundredths: number | null) => (hundredths === null ? '—' : (hundredths / 100).toFixed(2));
const MARKS = ['high', 'mid', 'low'] as const;

/** A card with a title, an intro line and, last, the status line of what its buttons do. */
function card(titleKey: Key, introKey: Key | null, status: HTMLElement, ...content: (Node | null)[]): HTMLElement {
  const intro = introKey ? h('p', { class: 'muted' }) : null;
  if (intro && introKey) setText(intro, introKey);
  return h('section', { class: 'card' }, heading('h2', titleKey), intro, ...content, status);
}

/** One round's season for the officer: schedule, positions, applications, venues and seats, scores, interviews, results. */
interface InterviewerConflict {
  interviewerId: string;
  interviewerNameKo: string;
  applicationId: string;
  examNumber: string | null;
  candidateNameKo: string;
  reason: string;
}

export function renderExamSeason(main: HTMLElement, examId: string): () => void {
  let disposed = false;
  const top = statusLine('exam-season-status');
  main.replaceChildren(top);

  async function load() {
    try {
      const exam = await getExam(examId);
      if (disposed) return;
      const [applications, venues, interviews, passList, publications, pool, conflicts] = await Promise.all([
        request<Application[]>('GET', `/api/exam/exams/${examId}/applications`),
        request<Venue[]>('GET', `/api/exam/exams/${examId}/venues`),
        request<{ steps: string[]; sessions: Session[] }>('GET', `/api/exam/exams/${examId}/interviews`),
        request<PassList[]>('GET', `/api/exam/exams/${examId}/pass-list`),
        request<{ stage: string; publishAt: string; passed: number; announcedAt: string | null }[]>('GET', `/api/exam/exams/${examId}/publications`),
        request<{ id: string; nameKo: string; affiliation: string; active: boolean }[]>('GET', '/api/exam/interviewers'),
        request<InterviewerConflict[]>('GET', `/api/exam/exams/${examId}/interviewer-conflicts`),
      ]);
      if (disposed) return;
      main.replaceChildren(
        overview(exam),
        positions(exam),
        applicationList(applications),
        seasonSteps(exam, venues),
        ...(exam.kind === 'open' ? [scores()] : [screening(applications)]),
        interviewCard(exam, interviews),
        conflictCard(applications, pool.filter((p) => p.active), conflicts),
        results(passList, publications),
      );
    } catch (e) {
      if (!disposed) setText(top, () => errorText(e));
    }
  }

  /** Runs an action, reports it, reloads the season. */
  /**
   * Draws the season again, then reports in the status line that took the place of `status`: the
   * cards come back in the same order, so the same card's same line.
   */
  async function reloadAndReport(status: HTMLElement, text: () => string) {
    const section = status.closest('section');
    const cardIndex = section ? [...main.children].indexOf(section) : -1;
    const lineIndex = section ? [...section.querySelectorAll('[role="status"]')].indexOf(status) : -1;
    await load();
    const fresh = cardIndex >= 0 ? main.children[cardIndex]?.querySelectorAll<HTMLElement>('[role="status"]')[lineIndex] : undefined;
    showDone(fresh ?? status, text);
  }

  const act = (status: HTMLElement, run: () => Promise<unknown>, done: (answer: never) => string) => async () => {
    try {
      const answer = await run();
      await reloadAndReport(status, () => done(answer as never));
    } catch (e) {
      showFailure(e, status);
    }
  };

  function overview(exam: Exam) {
    const status = statusLine();
    const closes = field('exam-edit-closes', 'exam.new.closes', h('input', { type: 'datetime-local', value: toSeoulInput(exam.applicationClosesAt) }), 'exam.new.seoulTime');
    const cancel = field('exam-edit-cancel', 'exam.new.cancelCloses', h('input', { type: 'datetime-local', value: toSeoulInput(exam.cancellationClosesAt) }), 'exam.new.seoulTime');
    const save = button('exam.edit.save');
    const section = card('exam.edit.title', null, status,
      h('div', { class: 'actions' }, heading('h1', () => title(exam)), badge(`exam.phase.${exam.phase}`, exam.phase)),
      h('p', {}, `${t('exam.applicationPeriod')}: ${seoulTime(exam.applicationOpensAt)} ~ ${seoulTime(exam.applicationClosesAt)} · ${t('exam.new.cancelCloses')}: ${seoulTime(exam.cancellationClosesAt)} · ${t('exam.writtenExamOn')}: ${exam.writtenExamOn ?? '—'} · ${t('exam.resultOn')}: ${exam.resultOn}`),
      h('div', { class: 'grid' }, closes.row, cancel.row),
      h('div', { class: 'actions' }, save, h('a', { href: '#/exam-officer' }, t('exam.console.back'))),
    );
    save.addEventListener('click', act(status, () => request('PATCH', `/api/exam/exams/${examId}`, { applicationClosesAt: fromSeoulInput(closes.input.value), cancellationClosesAt: fromSeoulInput(cancel.input.value) }), () => t('exam.saved')));
    return section;
  }

  function positions(exam: Exam) {
    const status = statusLine();
    const rows = exam.positions.map((p) => {
      const multiple = h('input', { type: 'number', min: '100', max: '500', step: '10', value: String(p.passMultiplePercent ?? 150), 'aria-label': `${p.jobSeriesKo} ${t('exam.passMark.multiple')}`, 'data-testid': `exam-pass-multiple-${p.seq}`, class: 'narrow' });
      const set = button('exam.passMark.set', { 'data-testid': `exam-pass-mark-${p.seq}` });
      set.addEventListener('click', act(status, () => request('POST', `/api/exam/positions/${p.id}/pass-mark`, { passMultiplePercent: Number(multiple.value) }), (r: { cutoff: number | null; passed: number }) => t('exam.passMark.done', { label: p.jobSeriesKo, cutoff: score(r.cutoff), passed: r.passed })));
      return h('tr', {},
        td(positionName(p)),
        td(tMaybe(`exam.track.${p.track}`, p.track)),
        td(String(p.openings), 'num'),
        td(money(p.fee), 'num nowrap'),
        td(`${p.applicants} / ${p.paid}`, 'num'),
        td(exam.kind === 'open' ? h('span', { class: 'actions' }, multiple, set) : '—'),
        td(score(p.writtenCutoff), 'num'),
      );
    });
    const fields = {
      jobSeries: field('pos-series', 'exam.pos.series', h('input', { placeholder: 'general_admin', lang: 'en' })),
      jobSeriesKo: field('pos-series-ko', 'exam.pos.seriesKo', h('input', { placeholder: '일반행정' })),
      grade: field('pos-grade', 'exam.pos.grade', h('input', { type: 'number', min: '1', max: '9', value: '9' })),
      openings: field('pos-openings', 'exam.col.openings', h('input', { type: 'number', min: '1' })),
    };
    const add = button('exam.pos.add', {}, 'primary');
    const section = card('exam.positions', null, status,
      table('exam.positionsCaption', ['exam.col.position', 'exam.col.track', 'exam.col.openings', 'exam.col.fee', 'exam.col.appliedPaid', 'exam.passMark.multiple', 'exam.passMark.cutoff'], rows, ['exam.col.openings', 'exam.col.fee', 'exam.col.appliedPaid', 'exam.passMark.cutoff']),
      h('div', { class: 'grid' }, ...Object.values(fields).map((f) => f.row)),
      h('div', { class: 'actions' }, add),
    );
    add.addEventListener('click', async () => {
      try {
        await request('POST', `/api/exam/exams/${examId}/positions`, { jobSeries: fields.jobSeries.input.value.trim(), jobSeriesKo: fields.jobSeriesKo.input.value.trim(), grade: Number(fields.grade.input.value), openings: Number(fields.openings.input.value) });
        await load();
      } catch (e) {
        showFailure(e, status, fields);
      }
    });
    return section;
  }

  function applicationList(applications: Application[]) {
    const status = statusLine();
    const xlsx = button('exam.export.xlsx');
    const csv = button('exam.export.csv');
    const rows = applications.map((a) => {
      const decisions = h('span', { class: 'actions' });
      if (a.accommodations.length > 0 && a.accommodationStatus === 'requested') {
        for (const decision of ['approved', 'rejected'] as const) {
          const b = button(`exam.accStatus.${decision}` as Key, { 'data-testid': `exam-acc-${decision}` });
          b.addEventListener('click', act(status, () => request('PATCH', `/api/exam/applications/${a.id}/accommodations`, { decision }), () => t('exam.saved')));
          decisions.append(b);
        }
      }
      if (a.status !== 'cancelled') {
        const open = button('exam.ineligible.open', { 'data-testid': 'exam-ineligible-open' });
        open.addEventListener('click', () => askIneligible(a, status));
        decisions.append(open);
      }
      return h('tr', { 'data-application-id': a.id },
        td(a.examNumber ?? '—', 'nowrap'),
        td(a.nameKo),
        td(a.positionLabelKo),
        td(badge(`exam.status.${a.status}`, a.status)),
        td(a.accommodations.length ? `${a.accommodations.map((x) => tMaybe(`exam.acc.${x.kind}`, x.kind)).join(', ')} (${tMaybe(`exam.accStatus.${a.accommodationStatus}`, a.accommodationStatus)})` : '—'),
        td(decisions),
        td(a.seat ? `${a.seat.venueNameKo} ${a.seat.room} · ${a.seat.seatNo}` : '—'),
      );
    });
    const section = card('exam.applications', null, status, h('div', { class: 'actions' }, xlsx, csv), table('exam.applications', ['exam.my.examNumber', 'exam.apply.name', 'exam.my.position', 'exam.col.status', 'exam.apply.accommodations', 'exam.col.review', 'exam.my.seat'], rows));
    xlsx.addEventListener('click', () => downloadFile(`/api/exam/exams/${examId}/applications/export?format=xlsx`, 'applications.xlsx').catch((e) => showFailure(e, status)));
    csv.addEventListener('click', () => downloadFile(`/api/exam/exams/${examId}/applications/export?format=csv`, 'applications.csv').catch((e) => showFailure(e, status)));
    return section;
  }

  /** 응시자격 미달 처리 in a modal dialog: the reason, whether the fee goes back in full, then confirm. */
  function askIneligible(a: Application, listStatus: HTMLElement) {
    const reason = field('exam-ineligible-reason', 'exam.ineligible.reason', h('textarea', { rows: '3', maxlength: '500', required: true }));
    const refund = h('input', { type: 'checkbox', id: 'exam-ineligible-refund', 'data-testid': 'exam-ineligible-refund' });
    const refundLabel = h('label', { for: 'exam-ineligible-refund' });
    setText(refundLabel, 'exam.ineligible.refund');
    const status = statusLine('exam-ineligible-status');
    const confirm = button('exam.ineligible.confirm', { 'data-testid': 'exam-ineligible-confirm' }, 'primary');
    const close = button('exam.ineligible.back');
    const dialog = h('dialog', { class: 'card', 'aria-labelledby': 'exam-ineligible-title', 'data-testid': 'exam-ineligible-dialog' },
      heading('h2', 'exam.ineligible.title', 'exam-ineligible-title'),
      h('p', {}, `${a.examNumber ?? '—'} · ${a.nameKo} · ${a.positionLabelKo}`),
      h('p', { class: 'hint' }, t('exam.ineligible.intro')),
      reason.row,
      h('div', { class: 'check' }, refund, refundLabel),
      status,
      h('div', { class: 'actions' }, confirm, close),
    ) as HTMLDialogElement;
    const dismiss = () => {
      dialog.close();
      dialog.remove();
    };
    close.addEventListener('click', dismiss);
    dialog.addEventListener('cancel', () => dialog.remove());
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      try {
        await request('POST', `/api/exam/applications/${a.id}/ineligible`, { reason: reason.input.value, refundInFull: refund.checked });
        dismiss();
        await reloadAndReport(listStatus, () => t('exam.ineligible.done'));
      } catch (e) {
        showFailure(e, status, { reason });
      } finally {
        confirm.disabled = false;
      }
    });
    document.body.append(dialog);
    dialog.showModal();
    reason.input.focus();
  }

  function seasonSteps(exam: Exam, venues: Venue[]) {
    const status = statusLine();
    const numbers = button('exam.steps.numbers', { 'data-testid': 'exam-assign-numbers' }, 'primary');
    const seats = button('exam.steps.seats', { 'data-testid': 'exam-assign-seats' }, 'primary');
    const venueFields = {
      nameKo: field('venue-name', 'exam.venue.name', h('input', { placeholder: '서울마포중학교' })),
      agencyCode: field('venue-agency', 'exam.venue.agency', h('input', { placeholder: 'MAPO-GU', lang: 'en' })),
      address: field('venue-address', 'exam.venue.address', h('input', {})),
    };
    const addVenue = button('exam.venue.add');
    const venueCards = venues.map((v) => {
      const roomName = h('input', { 'aria-label': t('exam.room.name'), placeholder: '301호', class: 'narrow' });
      const roomSeats = h('input', { type: 'number', min: '1', max: '500', 'aria-label': t('exam.room.seats'), placeholder: '30', class: 'narrow' });
      const roomAcc = h('select', { multiple: true, 'aria-label': t('exam.room.accommodations') }, ...ACCOMMODATION_KINDS.map((k) => h('option', { value: k }, tMaybe(`exam.acc.${k}`, k))));
      const addRoom = button('exam.room.add');
      addRoom.addEventListener('click', act(status, () => request('POST', `/api/exam/venues/${v.id}/rooms`, { name: roomName.value.trim(), seats: Number(roomSeats.value), accommodations: [...roomAcc.selectedOptions].map((o) => o.value) }), () => t('exam.saved')));
      const rows = v.rooms.map((r) => {
        const toggle = button(r.available ? 'exam.room.withdraw' : 'exam.room.restore');
        toggle.addEventListener('click', act(status, () => request('PATCH', `/api/exam/rooms/${r.id}`, { available: !r.available }), () => t('exam.saved')));
        return h('tr', {}, td(r.name), td(`${r.seated} / ${r.seats}`, 'num'), td(r.accommodations.map((k) => tMaybe(`exam.acc.${k}`, k)).join(', ') || '—'), td(r.available ? t('exam.room.available') : t('exam.room.withdrawn')), td(toggle));
      });
      return h('div', { class: 'venue' }, heading('h3', () => `${v.nameKo} (${v.agencyCode}) — ${v.address}`), table('exam.room.caption', ['exam.room.name', 'exam.room.seated', 'exam.room.accommodations', 'exam.col.status', 'exam.col.review'], rows, ['exam.room.seated']), h('div', { class: 'actions' }, roomName, roomSeats, roomAcc, addRoom));
    });
    const section = card('exam.steps.title', 'exam.steps.intro', status,
      h('div', { class: 'actions' }, numbers, seats, h('span', { class: 'muted' }, `${t('exam.steps.numbersAt')}: ${seoulTime(exam.examNumbersAssignedAt)} · ${t('exam.steps.seatsAt')}: ${seoulTime(exam.seatsAssignedAt)}`)),
      ...venueCards,
      h('div', { class: 'grid' }, ...Object.values(venueFields).map((f) => f.row)),
      h('div', { class: 'actions' }, addVenue),
    );
    numbers.addEventListener('click', act(status, () => request('POST', `/api/exam/exams/${examId}/exam-numbers`, {}), (r: { assigned: number }) => t('exam.steps.numbersDone', { n: r.assigned })));
    seats.addEventListener('click', act(status, () => request('POST', `/api/exam/exams/${examId}/seat-assignment`, {}), (r: { seated: number; moved: number; rooms: number }) => t('exam.steps.seatsDone', { n: r.seated, moved: r.moved, rooms: r.rooms })));
    addVenue.addEventListener('click', async () => {
      try {
        await request('POST', `/api/exam/exams/${examId}/venues`, { nameKo: venueFields.nameKo.input.value.trim(), agencyCode: venueFields.agencyCode.input.value.trim(), address: venueFields.address.input.value.trim() });
        await load();
      } catch (e) {
        showFailure(e, status, venueFields);
      }
    });
    return section;
  }

  function scores() {
    const status = statusLine();
    const input = h('input', { type: 'file', id: 'exam-scores-file', accept: '.csv,.xlsx', 'data-testid': 'exam-scores-file' });
    const label = h('label', { for: input.id });
    setText(label, 'exam.scores.choose');
    const problems = h('ul', { class: 'problems', 'data-testid': 'exam-scores-problems' });
    const section = card('exam.scores.title', 'exam.scores.intro', status, h('div', { class: 'field' }, label, input), problems);
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      problems.replaceChildren();
      try {
        const r = await uploadFile<{ scored: number; absent: number }>(`/api/exam/exams/${examId}/written-scores`, file);
        await reloadAndReport(status, () => t('exam.scores.done', { scored: r.scored, absent: r.absent }));
      } catch (e) {
        showFailure(e, status);
        const errors = (e as { errors?: { field: string; messages: string[] }[] }).errors ?? [];
        problems.replaceChildren(...errors.map((x) => h('li', {}, `${x.field}: ${x.messages.join(' · ')}`)));
      }
    });
    return section;
  }

  function screening(applications: Application[]) {
    const status = statusLine();
    const candidates = applications.filter((a) => a.examNumber);
    const choices = candidates.map((a) => {
      const select = h('select', { 'aria-label': `${a.examNumber} ${a.nameKo}` }, h('option', { value: 'pass' }, t('exam.result.pass')), h('option', { value: 'fail' }, t('exam.result.fail')));
      return { a, select };
    });
    const save = button('exam.screening.save', {}, 'primary');
    const section = card('exam.screening.title', 'exam.screening.intro', status, table('exam.screening.title', ['exam.my.examNumber', 'exam.apply.name', 'exam.my.position', 'exam.col.result'], choices.map(({ a, select }) => h('tr', {}, td(a.examNumber!), td(a.nameKo), td(a.positionLabelKo), td(select))), []), h('div', { class: 'actions' }, save));
    save.addEventListener('click', act(status, () => request('POST', `/api/exam/exams/${examId}/document-screening`, { decisions: choices.map(({ a, select }) => ({ applicationId: a.id, result: select.value })) }), (r: { screened: number; passed: number }) => t('exam.screening.done', { n: r.screened, passed: r.passed })));
    return section;
  }

  function interviewCard(exam: Exam, interviews: { steps: string[]; sessions: Session[] }) {
    const status = statusLine();
    const f = {
      startsOn: field('iv-start', 'exam.iv.startsOn', h('input', { type: 'date', value: exam.interviewStartsOn ?? '' })),
      times: field('iv-times', 'exam.iv.times', h('input', { value: '09:30, 13:30' }), 'exam.iv.timesHint'),
      panels: field('iv-panels', 'exam.iv.panels', h('input', { type: 'number', min: '1', max: '20', value: '2' })),
      perSession: field('iv-per-session', 'exam.iv.perSession', h('input', { type: 'number', min: '1', max: '30', value: '6' })),
      panelSize: field('iv-panel-size', 'exam.iv.panelSize', h('input', { type: 'number', min: '2', max: '7', value: '3' })),
    };
    const schedule = button('exam.iv.schedule', {}, 'primary');
    const sessions = interviews.sessions.map((s) => {
      const cells: { applicationId: string; interviewerId: string; step: string; select: HTMLSelectElement }[] = [];
      const rows = s.candidates.map((c) =>
        h('tr', {}, td(`${c.examNumber} ${c.nameKo}`), ...s.panel.flatMap((p) => interviews.steps.map((step) => {
          const select = h('select', { 'aria-label': `${c.examNumber} · ${p.nameKo} · ${tMaybe(`exam.iv.step.${step}`, step)}` }, h('option', { value: '' }, '—'), ...MARKS.map((m) => h('option', { value: m }, t(`exam.iv.mark.${m}` as Key))));
          cells.push({ applicationId: c.id, interviewerId: p.id, step, select });
          return td(select);
        }))),
      );
      const save = button('exam.iv.saveMarks');
      const line = statusLine();
      save.addEventListener('click', act(line, () => request('POST', `/api/exam/interview-sessions/${s.id}/marks`, { marks: cells.filter((c) => c.select.value).map(({ select, ...c }) => ({ ...c, mark: select.value })) }), (r: { recorded: number }) => t('exam.iv.saved', { n: r.recorded })));
      const header = h('tr', {}, h('th', { scope: 'col' }, t('exam.iv.candidate')), ...s.panel.flatMap((p) => interviews.steps.map((step) => h('th', { scope: 'col' }, `${p.nameKo} · ${tMaybe(`exam.iv.step.${step}`, step)}`))));
      return h('div', { class: 'venue' },
        heading('h3', () => `${s.seq}. ${s.heldOn} ${s.startsAt} ${s.room} — ${s.panel.map((p) => p.nameKo).join(', ')}`),
        h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': `${s.heldOn} ${s.startsAt} ${s.room}` }, h('table', {}, h('thead', {}, header), h('tbody', {}, ...rows))),
        h('div', { class: 'actions' }, save, line),
      );
    });
    const decide = button('exam.iv.decide', { 'data-testid': 'exam-final-results' }, 'primary');
    const section = card('exam.iv.title', 'exam.iv.intro', status, h('div', { class: 'grid' }, ...Object.values(f).map((x) => x.row)), h('div', { class: 'actions' }, schedule), ...sessions, h('div', { class: 'actions' }, decide));
    schedule.addEventListener('click', async () => {
      try {
        await request('POST', `/api/exam/exams/${examId}/interview-schedule`, {
          startsOn: f.startsOn.input.value,
          times: f.times.input.value.split(/[,\s]+/).filter(Boolean),
          panels: Number(f.panels.input.value),
          perSession: Number(f.perSession.input.value),
          panelSize: Number(f.panelSize.input.value),
        });
        await load();
      } catch (e) {
        showFailure(e, status, f);
      }
    });
    decide.addEventListener('click', act(status, () => request('POST', `/api/exam/exams/${examId}/final-results`, {}), (r: { passed: number }[]) => t('exam.iv.decided', { n: r.reduce((s, p) => s + p.passed, 0) })));
    return section;
  }

  /** 제척·회피: who must not interview whom, declared before the panels are drawn (or drawn again). */
  function conflictCard(applications: Application[], pool: { id: string; nameKo: string; affiliation: string }[], conflicts: InterviewerConflict[]) {
    const status = statusLine('exam-conflict-status');
    const f = {
      interviewerId: field('conflict-interviewer', 'exam.conflict.interviewer', h('select', {}, h('option', { value: '' }, t('form.choose')), ...pool.map((p) => h('option', { value: p.id }, `${p.nameKo} (${p.affiliation})`)))),
      applicationId: field('conflict-candidate', 'exam.conflict.candidate', h('select', {}, h('option', { value: '' }, t('form.choose')), ...applications.filter((a) => a.status === 'paid' && a.examNumber).map((a) => h('option', { value: a.id }, `${a.examNumber} ${a.nameKo}`)))),
      reason: field('conflict-reason', 'exam.conflict.reason', h('input', { maxlength: '300' })),
    };
    const declare = button('exam.conflict.declare', { 'data-testid': 'exam-conflict-declare' }, 'primary');
    declare.addEventListener('click', async () => {
      try {
        const answer = await request<{ reschedule: boolean }>('POST', `/api/exam/exams/${examId}/interviewer-conflicts`, { interviewerId: f.interviewerId.input.value, applicationId: f.applicationId.input.value, reason: f.reason.input.value });
        await reloadAndReport(status, () => t(answer.reschedule ? 'exam.conflict.reschedule' : 'exam.conflict.done'));
      } catch (e) {
        showFailure(e, status, f);
      }
    });
    const rows = conflicts.map((c) => h('tr', {}, td(c.interviewerNameKo), td(`${c.examNumber ?? '—'} ${c.candidateNameKo}`), td(c.reason)));
    return card('exam.conflict.title', 'exam.conflict.intro', status,
      table('exam.conflict.title', ['exam.conflict.interviewer', 'exam.conflict.candidate', 'exam.conflict.reason'], rows),
      h('div', { class: 'grid' }, ...Object.values(f).map((x) => x.row)),
      h('div', { class: 'actions' }, declare),
    );
  }

  function results(passList: PassList[], publications: { stage: string; publishAt: string; passed: number; announcedAt: string | null }[]) {
    const status = statusLine();
    const stage = h('select', { id: 'pub-stage', 'data-testid': 'exam-pub-stage' }, h('option', { value: 'written' }, t('exam.results.written')), h('option', { value: 'final' }, t('exam.results.final')));
    const stageLabel = h('label', { for: stage.id });
    setText(stageLabel, 'exam.pub.stage');
    const at = field('pub-at', 'exam.pub.at', h('input', { type: 'datetime-local' }), 'exam.new.seoulTime');
    const publish = button('exam.pub.set', { 'data-testid': 'exam-publish' }, 'primary');
    const sittingFields = {
      stage: field('sit-stage', 'exam.pub.stage', h('select', {}, h('option', { value: 'written' }, t('exam.results.written')), h('option', { value: 'interview' }, t('exam.interviews')))),
      heldOn: field('sit-held', 'exam.sit.heldOn', h('input', { type: 'date' })),
      cost: field('sit-cost', 'exam.sit.cost', h('input', { type: 'number', min: '0', step: '1', inputmode: 'numeric' })),
    };
    const record = button('exam.sit.record');
    const xlsx = button('exam.export.xlsx');
    const csv = button('exam.export.csv');
    const lists = passList.map((p) => h('div', { class: 'venue' }, heading('h3', () => `${p.labelKo} — ${t('exam.col.openings')} ${p.openings}`), table('exam.passList', ['exam.my.examNumber', 'exam.apply.name', 'exam.col.written', 'exam.col.interview'], p.passed.map((c) => h('tr', { 'data-testid': 'exam-pass-row' }, td(c.examNumber), td(c.nameKo), td(score(c.writtenTotal), 'num'), td(c.interviewGrade ? tMaybe(`exam.grade.${c.interviewGrade}`, c.interviewGrade) : '—'))), ['exam.col.written'])));
    const section = card('exam.passList', 'exam.pub.intro', status,
      h('div', { class: 'actions' }, xlsx, csv),
      ...lists,
      h('ul', {}, ...publications.map((p) => h('li', {}, `${tMaybe(`exam.results.${p.stage}`, p.stage)}: ${seoulTime(p.publishAt)} · ${t('exam.pub.passed', { n: p.passed })}${p.announcedAt ? ` · ${t('exam.pub.announced')}` : ''}`))),
      h('div', { class: 'grid' }, h('div', { class: 'field' }, stageLabel, stage), at.row),
      h('div', { class: 'actions' }, publish),
      h('div', { class: 'grid' }, ...Object.values(sittingFields).map((x) => x.row)),
      h('div', { class: 'actions' }, record),
    );
    xlsx.addEventListener('click', () => downloadFile(`/api/exam/exams/${examId}/pass-list/export?format=xlsx`, 'pass-list.xlsx').catch((e) => showFailure(e, status)));
    csv.addEventListener('click', () => downloadFile(`/api/exam/exams/${examId}/pass-list/export?format=csv`, 'pass-list.csv').catch((e) => showFailure(e, status)));
    publish.addEventListener('click', act(status, () => request('POST', `/api/exam/exams/${examId}/publications`, { stage: stage.value, publishAt: fromSeoulInput(at.input.value) }), () => t('exam.saved')));
    record.addEventListener('click', async () => {
      try {
        await request('POST', `/api/exam/exams/${examId}/sittings`, { stage: sittingFields.stage.input.value, heldOn: sittingFields.heldOn.input.value, cost: Number(sittingFields.cost.input.value) });
        showDone(status, () => t('exam.saved'));
      } catch (e) {
        showFailure(e, status, sittingFields);
      }
    });
    return section;
  }

  void load();
  return () => {
    disposed = true;
  };
}

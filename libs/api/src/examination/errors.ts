/** The examination domain's error codes (stable; the web's catalogues hold their words). */
export const EXAMINATION_ERROR_CODES = [
  // ---- exams and positions
  'EXAM.NOT_FOUND',
  /** That year's round of that kind exists already; `params`: year, roundNo. */
  'EXAM.ROUND_EXISTS',
  'EXAM.KIND_FIXED',
  /** Exam numbers are given: the application and cancellation windows are history. */
  'EXAM.WINDOWS_FIXED',
  /** `fees` names a grade twice. */
  'EXAM.DUPLICATE_FEE_GRADE',
  // The season's dates out of order, one code per rule, on the field that breaks it.
  'EXAM.CLOSES_BEFORE_OPENING',
  'EXAM.CANCELLATION_BEFORE_CLOSING',
  'EXAM.ANNOUNCED_AFTER_OPENING',
  /** Open recruitment has a written exam, so it needs its date. */
  'EXAM.WRITTEN_DATE_REQUIRED',
  'EXAM.WRITTEN_BEFORE_CLOSING',
  'EXAM.INTERVIEW_ENDS_BEFORE_START',
  'EXAM.INTERVIEW_BEFORE_WRITTEN',
  'EXAM.RESULT_BEFORE_EXAM',
  /** A residency rule needs both its region and its cut-off date. */
  'EXAM.RESIDENCY_RULE_INCOMPLETE',
  'POSITION.NOT_FOUND',
  /** Positions are added only while applications are open. */
  'POSITION.APPLICATIONS_CLOSED',
  /** The exam has no fee for the position's grade; `params`: grade. */
  'POSITION.NO_FEE_FOR_GRADE',
  /** `params`: max (99: two digits of the exam number). */
  'POSITION.LIMIT_REACHED',

  // ---- applications (응시원서)
  'EXAM_APPLICATION.NOT_FOUND',
  'EXAM_APPLICATION.WINDOW_NOT_OPEN',
  'EXAM_APPLICATION.WINDOW_CLOSED',
  /** One application per exam; to change position, cancel and apply again. */
  'EXAM_APPLICATION.ALREADY_APPLIED',
  /** The idempotency key was used for an application to another position. */
  'EXAM_APPLICATION.KEY_REUSED',
  'EXAM_APPLICATION.CANCELLED',
  /** Corrections end when applications close. */
  'EXAM_APPLICATION.EDIT_CLOSED',
  'EXAM_APPLICATION.CANCELLATION_CLOSED',
  /** 응시연령: `params`: minAge, year. */
  'EXAM_APPLICATION.UNDER_AGE',
  /** 거주지 요건: `params`: region, since (the cut-off date), years (in total instead). */
  'EXAM_APPLICATION.RESIDENCY_UNMET',
  /** A special track (구분모집) needs its evidence; `params`: track. */
  'EXAM_APPLICATION.TRACK_EVIDENCE_REQUIRED',
  /** An accommodation decision on an application that asked for none. */
  'EXAM_APPLICATION.NO_ACCOMMODATIONS',
  /** 취업지원대상자 and 의사상자 등 가점 together: one statutory bonus at most (on rescuerBonusPercent). */
  'EXAM_APPLICATION.ONE_STATUTORY_BONUS',
  /** The 본인 확인 reference is not one the provider gave this applicant, or it expired: confirm again. */
  'EXAM_APPLICATION.IDENTITY_UNVERIFIED',
  /** The name or birth date differs from the confirmed one (on nameKo or birthDate); confirm again to change it. */
  'EXAM_APPLICATION.IDENTITY_MISMATCH',
  /** The identity provider did not confirm the name, birth date and mobile number together. */
  'IDENTITY_VERIFICATION.NOT_CONFIRMED',
  'EXAM_DOCUMENT.NOT_FOUND',
  /** Supporting documents are taken only while applications are open (and the application is not cancelled). */
  'EXAM_DOCUMENT.WINDOW_CLOSED',
  /** `params`: max. */
  'EXAM_DOCUMENT.LIMIT_REACHED',
  'EXAM_DOCUMENT.OCTET_STREAM_REQUIRED',
  'EXAM_DOCUMENT.EMPTY',
  /** `params`: maxMegabytes. */
  'EXAM_DOCUMENT.TOO_LARGE',
  /** Judged by the file's first bytes; `params`: accepted. */
  'EXAM_DOCUMENT.UNSUPPORTED_TYPE',
  // ---- the notice document (공고문), a PDF the officer uploads
  'EXAM_NOTICE.NOT_FOUND',
  'EXAM_NOTICE.OCTET_STREAM_REQUIRED',
  'EXAM_NOTICE.EMPTY',
  /** `params`: maxMegabytes. */
  'EXAM_NOTICE.TOO_LARGE',
  /** Its first bytes are not %PDF-. */
  'EXAM_NOTICE.NOT_PDF',
  // ---- the applicant's photo (응시원서 사진), checked by its content, on the field `photo`
  'PHOTO.OCTET_STREAM_REQUIRED',
  'PHOTO.EMPTY',
  /** `params`: maxBytes, maxMegabytes, bytes. */
  'PHOTO.TOO_LARGE',
  /** Neither a JPEG nor a PNG by its content; `params`: accepted. */
  'PHOTO.TYPE',
  /** Not exactly the ticket's size; `params`: width, height, expectedWidth, expectedHeight. */
  'PHOTO.DIMENSIONS',
  /** GET /me/photo (the image) when the applicant has registered none. */
  'PHOTO.NOT_FOUND',

  // ---- fees (응시수수료)
  /** Nothing to pay: the fee is paid or the application cancelled. */
  'EXAM_PAYMENT.NOTHING_DUE',
  'EXAM_PAYMENT.WINDOW_CLOSED',
  'EXAM_PAYMENT.NOT_FOUND',
  /** The provider's callback is not signed with the shared secret (401). */
  'EXAM_PAYMENT.BAD_SIGNATURE',
  /** The callback's amount is not the amount charged. */
  'EXAM_PAYMENT.AMOUNT_MISMATCH',
  /** The payment was approved already, under another provider reference. */
  'EXAM_PAYMENT.ALREADY_APPROVED',
  /** This installation takes fees through a real provider, not the simulated one. */
  'EXAM_PAYMENT.SIMULATOR_OFF',
  'EXAM_PAYMENT.BAD_CHECKOUT_TOKEN',

  // ---- exam numbers, venues and seats
  'EXAM_NUMBERS.ALREADY_GIVEN',
  /** Exam numbers come after the cancellation deadline. */
  'EXAM_NUMBERS.CANCELLATION_OPEN',
  'VENUE.NOT_FOUND',
  'VENUE.ROOM_NOT_FOUND',
  /** `params`: name. */
  'VENUE.ROOM_NAME_TAKEN',
  'SEATING.EXAM_NUMBERS_FIRST',
  /** Too few seats, or no room with someone's accommodations; nothing changed. `params`: unplaced. */
  'SEATING.TOO_FEW_SEATS',
  /** The admission ticket (응시표) comes once a seat is assigned. */
  'SEATING.TICKET_NOT_READY',

  // ---- written scores and screening
  /** Scores are imported for open exams with exam numbers. */
  'WRITTEN_SCORES.NOT_APPLICABLE',
  'WRITTEN_SCORES.OCTET_STREAM_REQUIRED',
  /** Not a readable .xlsx or CSV file; `params`: fileName. */
  'WRITTEN_SCORES.UNREADABLE_FILE',
  /** A pass mark needs the scanner's file imported first. */
  'WRITTEN_SCORES.NOT_IMPORTED',
  // A problem on one line of the scanner's file (`line`, `field` and these `params` in `errors[]`).
  /** The first column's title must be 응시번호 (exam_number). */
  'WRITTEN_SCORES.HEADER_FIRST_COLUMN',
  /** `params`: min, max. */
  'WRITTEN_SCORES.SUBJECT_COUNT',
  /** `params`: found, expected. */
  'WRITTEN_SCORES.COLUMN_COUNT',
  /** `params`: value. */
  'WRITTEN_SCORES.EXAM_NUMBER_FORMAT',
  /** `params`: firstLine. */
  'WRITTEN_SCORES.DUPLICATE_EXAM_NUMBER',
  /** Scores are 0–100 with two decimals at most, all blank for an absent candidate; `params`: subjects. */
  'WRITTEN_SCORES.SCORE_FORMAT',
  /** `params`: examNumber. */
  'WRITTEN_SCORES.UNKNOWN_EXAM_NUMBER',
  /** The exam scores from answer keys: its scores come from the answers file, not a score file. */
  'WRITTEN_SCORES.KEYS_IN_USE',
  // ---- answers and answer keys (가답안, 이의제기, 최종정답)
  /** The answers file is checked against the keys: save them first. */
  'WRITTEN_ANSWERS.KEYS_FIRST',
  /** The header's subjects are not the keys' subjects; `params`: expected. */
  'WRITTEN_ANSWERS.SUBJECTS_MISMATCH',
  /** Marks are 1–5 (up to the subject's choices), 0 or _ when unmarked, * for several; `params`: subjects. */
  'WRITTEN_ANSWERS.MARKS_FORMAT',
  /** A subject's marks are not one per question; `params`: subjects. */
  'WRITTEN_ANSWERS.QUESTION_COUNT',
  'ANSWER_KEYS.NOT_FOUND',
  /** The keys are published; decisions on objections change them from now on. */
  'ANSWER_KEYS.ALREADY_PUBLISHED',
  /** A subject named twice; `params`: subject. */
  'ANSWER_KEYS.DUPLICATE_SUBJECT',
  /** `params`: subject, choices. */
  'ANSWER_KEYS.ANSWER_OUT_OF_RANGE',
  /** Points, one per question; `params`: subject. */
  'ANSWER_KEYS.POINTS_COUNT',
  /** A subject's points sum to 100; `params`: subject, total. */
  'ANSWER_KEYS.POINTS_TOTAL',
  /** Answer sheets are in: the subjects and their question counts stay as they were read. */
  'ANSWER_KEYS.SHAPE_FIXED',
  /** The objection window closes after it opens. */
  'ANSWER_KEYS.WINDOW_REVERSED',
  /** The provisional keys come first. */
  'ANSWER_KEYS.NOT_PROVISIONAL',
  /** The final keys are published: nothing of the keys changes any more. */
  'ANSWER_KEYS.FINAL',
  /** The final keys wait for the objection window to close; `params`: closesAt. */
  'ANSWER_KEYS.WINDOW_OPEN',
  /** Every question under objection needs a decision first; `params`: undecided. */
  'ANSWER_KEYS.UNDECIDED',
  /** The final keys need the candidates' answer sheets. */
  'ANSWER_KEYS.NO_SHEETS',
  /** Pass marks of an exam scored from keys wait for the final keys. */
  'ANSWER_KEYS.NOT_FINAL',
  /** `params`: subject. */
  'ANSWER_KEYS.UNKNOWN_SUBJECT',
  /** `params`: subject, questions. */
  'ANSWER_KEYS.UNKNOWN_QUESTION',
  /** An accepted decision names the correct choices (within the subject's choices), a rejected one none. */
  'ANSWER_KEYS.DECISION_CHOICES',
  /** Decisions are for questions under objection. */
  'ANSWER_KEYS.NOT_UNDER_OBJECTION',
  /** Only a candidate who sat the exam (an answer sheet is in) may object. */
  'ANSWER_OBJECTION.NOT_A_CANDIDATE',
  /** `params`: opensAt. */
  'ANSWER_OBJECTION.WINDOW_NOT_OPEN',
  /** `params`: closesAt. */
  'ANSWER_OBJECTION.WINDOW_CLOSED',
  /** One objection per question. */
  'ANSWER_OBJECTION.ALREADY_FILED',
  /** `params`: max. */
  'ANSWER_OBJECTION.LIMIT_REACHED',
  /** The claim is 0 (no correct answer) or one of the subject's choices; `params`: choices. */
  'ANSWER_OBJECTION.CLAIM_OUT_OF_RANGE',
  /** Document screening (서류전형) is for career exams with exam numbers. */
  'DOCUMENT_SCREENING.NOT_APPLICABLE',
  /** A decision names no candidate of this exam, or one twice. */
  'DOCUMENT_SCREENING.UNKNOWN_CANDIDATE',

  // ---- interviews
  'INTERVIEWER.NOT_FOUND',
  'INTERVIEW.SESSION_NOT_FOUND',
  /** 제척·회피 are declared before the marking starts. */
  'INTERVIEW.CONFLICTS_CLOSED',
  'INTERVIEW.CONFLICT_DECLARED',
  /** Marks have been entered: the schedule is fixed. */
  'INTERVIEW.SCHEDULE_FIXED',
  /** The previous stage is not decided for everyone; `params`: stage (written_result or document_screening). */
  'INTERVIEW.PREVIOUS_STAGE_OPEN',
  /** `params`: needed, available. */
  'INTERVIEW.POOL_TOO_SMALL',
  /** Too few interviewers free of conflicts for a session; `params`: session. */
  'INTERVIEW.PANEL_SHORTAGE',
  'INTERVIEW.NOT_IN_SESSION',
  'INTERVIEW.NOT_ON_PANEL',
  /** `params`: steps. */
  'INTERVIEW.UNKNOWN_STEP',
  'INTERVIEW.NOT_SCHEDULED',
  /** Some candidates have some marks but not all; `params`: candidates, examNumbers. */
  'INTERVIEW.MARKS_MISSING',
  /** The interview ticket comes once the candidate's slot is announced. */
  'INTERVIEW.TICKET_NOT_READY',

  // ---- results and sittings
  /** The stage's results are published and final; `params`: stage. */
  'PUBLICATION.RESULTS_FINAL',
  /** `params`: stage. */
  'PUBLICATION.ALREADY_PUBLISHED',
  /** Only open exams have written results. */
  'PUBLICATION.NO_WRITTEN_STAGE',
  'PUBLICATION.RESULTS_UNDECIDED',
  /** Written scores, pass marks and results wait for the written exam's date; `params`: writtenExamOn. */
  'PUBLICATION.BEFORE_WRITTEN_DATE',
  /** The caller has no application with an exam number in this exam. */
  'EXAM_RESULTS.NO_EXAM_NUMBER',
  /** 성적 공개 waits for the written results' publication. */
  'SCORE_DISCLOSURE.NOT_PUBLISHED',
  /** The disclosure period has ended; `params`: endedAt. */
  'SCORE_DISCLOSURE.CLOSED',
  'EXAM_SITTING.ALREADY_RECORDED',
  'EXAM_SITTING.NOT_SEATED',
  'EXAM_SITTING.NOT_SCHEDULED',

  // ---- competency assessments (역량평가)
  'ASSESSMENT_ROUND.NOT_FOUND',
  /** `params`: year, targetGrade, roundNo. */
  'ASSESSMENT_ROUND.EXISTS',
  /** Candidates are added before assessors are assigned. */
  'ASSESSMENT_ROUND.ASSESSORS_ASSIGNED',
  /** Ratings have begun: the assignment is fixed. */
  'ASSESSMENT_ROUND.RATING_STARTED',
  'ASSESSMENT_ROUND.NO_CANDIDATES',
  /** Too few assessors free of conflicts of interest; `params`: candidates, employeeNos. */
  'ASSESSMENT_ROUND.TOO_FEW_ASSESSORS',
  'ASSESSMENT_ROUND.NOT_ASSIGNED',
  /** The results are consolidated: nothing more is rated or consolidated. */
  'ASSESSMENT_ROUND.CONSOLIDATED',
  /** `params`: missing. */
  'ASSESSMENT_ROUND.RATINGS_MISSING',
  'ASSESSMENT_CANDIDATE.NOT_FOUND',
  'ASSESSMENT_CANDIDATE.ALREADY_IN_ROUND',
  /** `params`: grade. */
  'ASSESSMENT_CANDIDATE.ALREADY_PASSED',
  'ASSESSMENT_CANDIDATE.IN_ANOTHER_ROUND',
  /** `params`: max. */
  'ASSESSMENT_CANDIDATE.ATTEMPTS_USED',
  'ASSESSOR.NOT_FOUND',
  'ASSESSOR.ALREADY_REGISTERED',
  /** The signed-in user is not an active assessor (403). */
  'ASSESSOR.NOT_REGISTERED',
  /** The candidate and technique are not assigned to this assessor (403). */
  'ASSESSOR.NOT_ASSIGNED',
  /** Each competency of the round is rated exactly once; `params`: missing, unknown. */
  'ASSESSMENT_RATING.EACH_COMPETENCY_ONCE',
  /**
   * Many are applying at once: the submission was not taken and the caller has a place in the waiting
   * room (429; `params`: the place as GET /api/waiting-room/exam-applications gives it (ticket, ahead,
   * estimatedWaitSeconds, admittedPerSecond, pass, passSeconds) and retryAfterSeconds: send the submission
   * again with the pass once estimatedWaitSeconds have passed).
   */
  'WAITING_ROOM.QUEUED',
] as const;

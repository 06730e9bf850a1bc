/** The demo's generated 2021 LMS file, as its import is named, and the platform's id as the one who started it. */
export const RESULTS_2021_FILE = 'lms-2021-completions.csv';
export const RESULTS_2021_IMPORTER = 'a0000000-0000-4000-8000-000000002021';

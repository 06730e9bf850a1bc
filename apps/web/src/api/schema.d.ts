// Generated from the gateway's OpenAPI document by apps/web/scripts/api-client.mjs; do not edit.
// Regenerate with `npm run api:client`.

export type paths = {
    "/api/admin/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AgencyAdmin_list"];
        put?: never;
        post: operations["AgencyAdmin_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/agencies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AgencyAdmin_remove"];
        options?: never;
        head?: never;
        patch: operations["AgencyAdmin_change"];
        trace?: never;
    };
    "/api/admin/agencies/{code}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AgencyAdmin_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/agencies/{code}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AgencyAdmin_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Audit_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DeliveryLog_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/mail-catcher": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailCatcher_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InstituteSettings_settings"];
        put: operations["InstituteSettings_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["InstituteSettings_logo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings/seal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["InstituteSettings_seal"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminUsers_list"];
        put?: never;
        post: operations["AdminUsers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AdminUsers_update"];
        trace?: never;
    };
    "/api/admin/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminUsers_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminUsers_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminUsers_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminUsers_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/applicant-signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApplicantSignup_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/applicant-signup/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApplicantSignup_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PasswordReset_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PasswordReset_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/switch-role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SwitchRole_switch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budget-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Cohorts_budgetLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_categories"];
        put?: never;
        post: operations["Curriculum_createCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Curriculum_updateCategory"];
        trace?: never;
    };
    "/api/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Cohorts_list"];
        put?: never;
        post: operations["Cohorts_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Cohorts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Cohorts_change"];
        trace?: never;
    };
    "/api/cohorts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Cohorts_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Cohorts_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/course-years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_courseYears"];
        put?: never;
        post: operations["Curriculum_carryCatalogForward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Cohorts_courses"];
        put?: never;
        post: operations["Curriculum_createCourse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_course"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Curriculum_updateCourse"];
        trace?: never;
    };
    "/api/curriculum-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_settings"];
        put: operations["Curriculum_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demand-surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_surveys"];
        put?: never;
        post: operations["Curriculum_createSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demand-surveys/{id}/my-response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_myResponse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demand-surveys/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Curriculum_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demand-surveys/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_surveyResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_agencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/agency/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_agencyApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/agency/quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_agencyQuotas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Enrollment_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_application"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/applications/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Enrollment_assessment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/applications/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Enrollment_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Enrollment_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/applications/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Enrollment_progress"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/applications/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_catalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/catalog/courses/{courseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_coursePage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/certificates/{applicationId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EnrollmentFiles_certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Enrollment_revokeCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_cohorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/cohorts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_cohort"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/cohorts/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_attendance"];
        put: operations["Enrollment_recordAttendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/cohorts/{id}/attendance/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_attendanceExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/cohorts/{id}/attendance/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Enrollment_importAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/cohorts/{id}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Enrollment_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/cohorts/{id}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_roster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/cohorts/{id}/roster/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_rosterExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/cohorts/{id}/selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Enrollment_selection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/cohorts/{id}/trainees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Enrollment_addTrainee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/cohorts/{id}/under-fill-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Enrollment_underFillDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/completion-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_imports"];
        put?: never;
        post: operations["Enrollment_createImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/completion-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_importStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/completion-imports/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["EnrollmentFiles_importContent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/completion-imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_importErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Enrollment_nominate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/reports/agency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_agencyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/reports/agency/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_agencyReportExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/reports/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/reports/results/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_resultsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Enrollment_submitSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/surveys/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_surveys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/surveys/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_surveyResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/trainees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_trainees"];
        put?: never;
        post: operations["Enrollment_createTrainee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/trainees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_trainee"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Enrollment_updateTrainee"];
        trace?: never;
    };
    "/api/enrollment/trainees/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Enrollment_importTrainees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/trainees/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollment/under-filled-cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Enrollment_underFilled"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/answer-keys/{examId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_answerKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/answer-keys/{examId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_objections"];
        put?: never;
        post: operations["ExamApplicant_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamApplicant_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_application"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ExamApplicant_edit"];
        trace?: never;
    };
    "/api/exam/applications/{id}/accommodations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ExamOfficer_decideAccommodations"];
        trace?: never;
    };
    "/api/exam/applications/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamApplicant_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/applications/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_documents"];
        put?: never;
        post: operations["ExamApplicant_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/applications/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/applications/{id}/ineligible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_ineligible"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/applications/{id}/interview-ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_interviewTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/applications/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamApplicant_pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/applications/{id}/receipt.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_receipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/applications/{id}/refund-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_refundQuote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/applications/{id}/ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_ticket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/applications/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessment-candidates/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamAssessments_feedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessment-feedback/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamAssessments_myFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessment-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamAssessments_models"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessment-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamAssessments_plan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessment-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamAssessments_rounds"];
        put?: never;
        post: operations["ExamAssessments_createRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessment-rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamAssessments_round"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessment-rounds/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamAssessments_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessment-rounds/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamAssessments_addCandidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessment-rounds/{id}/consolidation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamAssessments_consolidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessment-rounds/{id}/sitting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamAssessments_sitting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessments/assignments/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamAssessments_myAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessments/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ExamAssessments_rate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamAssessments_assessors"];
        put?: never;
        post: operations["ExamAssessments_addAssessor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessors/{id}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamAssessments_declareConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/assessors/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamAssessments_conflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_exams"];
        put?: never;
        post: operations["ExamOfficer_createExam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_examById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ExamOfficer_updateExam"];
        trace?: never;
    };
    "/api/exam/exams/{id}/answer-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamOfficer_answerKeys"];
        put: operations["ExamOfficer_saveAnswerKeys"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/answer-keys/final": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_finalKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/answer-keys/provisional": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_provisionalKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamOfficer_applications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/applications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamOfficer_exportApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/document-screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_screening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/exam-numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_examNumbers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/final-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_finalResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/interview-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_scheduleInterviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/interviewer-conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamOfficer_conflicts"];
        put?: never;
        post: operations["ExamOfficer_declareConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamOfficer_interviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ExamOfficer_uploadNotice"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/objection-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_decideObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamOfficer_objections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/pass-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamOfficer_passList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/pass-list/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamOfficer_exportPassList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamOfficer_pipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_addPosition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamOfficer_publications"];
        put?: never;
        post: operations["ExamOfficer_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/seat-assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_seats"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/sittings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_sitting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/venues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamOfficer_venues"];
        put?: never;
        post: operations["ExamOfficer_addVenue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/written-answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_writtenAnswers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/exams/{id}/written-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_writtenScores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/identity-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamApplicant_verifyIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/interview-sessions/{id}/marks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_marks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/interviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamOfficer_interviewers"];
        put?: never;
        post: operations["ExamOfficer_addInterviewer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/interviewers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ExamOfficer_updateInterviewer"];
        trace?: never;
    };
    "/api/exam/me/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_photo"];
        put: operations["ExamApplicant_uploadPhoto"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/me/photo/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_photoInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/payment-simulator/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamPublic_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/payments/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamPublic_callback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/positions/{id}/pass-mark": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_passMark"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/preparatory-cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamAssessments_preparatoryCohorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/recruitment-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamOfficer_recruitmentPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/results/{examId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_result"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/results/{examId}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamApplicant_scores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ExamOfficer_updateRoom"];
        trace?: never;
    };
    "/api/exam/venues/{id}/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExamOfficer_addRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/books": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Finance_years"];
        put?: never;
        post: operations["Finance_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/books/{fiscalYear}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Finance_book"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Finance_configureBook"];
        trace?: never;
    };
    "/api/finance/books/{fiscalYear}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Finance_addLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/books/{fiscalYear}/lines/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Finance_line"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Finance_configureLine"];
        trace?: never;
    };
    "/api/finance/books/{fiscalYear}/lines/{code}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Finance_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/books/{fiscalYear}/lines/{code}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Finance_commit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/books/{fiscalYear}/lines/{code}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Finance_revisePlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/commitments/{id}/book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Finance_bookHeld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/commitments/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Finance_pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/commitments/{id}/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Finance_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/entries/{id}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Finance_reverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Finance_officers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/reports/execution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Finance_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/reports/execution/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Finance_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/reports/programme-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Finance_programmePlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_instructors"];
        put?: never;
        post: operations["Curriculum_createInstructor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Curriculum_updateInstructor"];
        trace?: never;
    };
    "/api/instructors/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_instructorSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Inbox_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Inbox_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/inbox/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Inbox_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/inbox/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Inbox_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationPreferences_get"];
        put: operations["NotificationPreferences_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Profile_get"];
        put: operations["Profile_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_plans"];
        put?: never;
        post: operations["Curriculum_createPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_plan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Curriculum_approvePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_exportPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Curriculum_importPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/lines/{courseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Curriculum_putLine"];
        post?: never;
        delete: operations["Curriculum_removeLine"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/reports/delivery-modes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_deliveryModesReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/reports/quarters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_quartersReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/reports/restructuring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_restructuringReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/reports/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_summaryReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/reports/year-on-year": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_yearOnYearReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/institutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Institutes_list"];
        put?: never;
        post: operations["Institutes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/institutes/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Institutes_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/institutes/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Institutes_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EnrollmentFiles_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/exams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamPublic_announcements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/exams/{institute}/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamPublic_notice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/exams/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExamPublic_portal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_rooms"];
        put?: never;
        post: operations["Curriculum_createRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Curriculum_updateRoom"];
        trace?: never;
    };
    "/api/rooms/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Curriculum_roomSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InstituteSettings_logoImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/seal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InstituteSettings_sealImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trainee-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TraineeAccounts_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waiting-room/exam-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WaitingRoom_place"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        AccommodationDecisionDto: {
            /** @enum {string} */
            decision: "approved" | "rejected";
        };
        AccommodationDto: {
            kind: components["schemas"]["AccommodationKind"];
            /** @example 시험시간 1.5배 연장 */
            note?: string;
        };
        /** @enum {string} */
        AccommodationKind: "extended_time" | "large_print" | "wheelchair_access" | "separate_room" | "braille" | "reader" | "hearing_aid";
        /** @enum {string} */
        AccommodationStatus: "none" | "requested" | "approved" | "rejected";
        AccommodationView: {
            kind: components["schemas"]["AccommodationKind"];
            /** @example 시험시간 1.5배 연장 */
            note?: string;
        };
        AddBudgetLineDto: {
            /**
             * @description original budget (integer won)
             * @example 12000000
             */
            amount: number;
            /** @example NEWCOMER */
            code: string;
            control?: components["schemas"]["BudgetControl"];
            /**
             * @description Code of the program it belongs to in the expenditure tree
             * @example NEWCOMER
             */
            groupCode?: string;
            kind: components["schemas"]["BudgetLineKind"];
            nameEn: string;
            nameKo: string;
            /** @example 1월 교재 인쇄 계약 */
            reason: string;
        };
        AddCandidateDto: {
            /** @example MAPO-GU */
            agencyCode: string;
            /**
             * @description 공무원 번호
             * @example S2019-00417
             */
            employeeNo: string;
            /** @example 정교육생 */
            nameKo: string;
            /**
             * Format: uuid
             * @description their sign-in, so they can read their feedback report
             */
            userId?: string;
        };
        AddCohortTraineeDto: {
            /** @description 추가 사유 (예: 전화 추천) / why, for the audit log (e.g. nominated by phone) */
            reason?: string;
            /** Format: uuid */
            traineeId: string;
        };
        AdminUserPage: {
            items: components["schemas"]["AdminUserView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 42 */
            total: number;
        };
        AdminUserPasswordView: {
            /** @example kT7mQ2xZp9Rw! */
            temporaryPassword: string;
            user: components["schemas"]["AdminUserView"];
        };
        AdminUserView: {
            /** @example MAPO-GU */
            agencyCode: string | null;
            /** @example park.staff@seoul-hrd.example */
            email: string;
            /** Format: uuid */
            id: string;
            /** @description Must replace a temporary password at next sign-in */
            mustChangePassword: boolean;
            /** @example 박운영 */
            name: string;
            /** @description The primary role (sign-in acts in it) */
            role: components["schemas"]["Role"];
            roles: components["schemas"]["Role"][];
            status: components["schemas"]["UserStatus"];
        };
        AgencyAdminUserView: {
            /** @example mapo@example.org */
            email: string;
            /** Format: uuid */
            id: string;
            /** @example 김담당 */
            name: string;
        };
        AgencyAdminView: {
            /** @description An inactive (deactivated) agency takes no applications and no quotas */
            active: boolean;
            /** @description The agency's admins (added by the gateway) */
            admins?: components["schemas"]["AgencyAdminUserView"][];
            /** @example MAPO-GU */
            code: string;
            /** @example 2 */
            defaultQuota: number;
            kind: components["schemas"]["AgencyKind"];
            /** @example Mapo-gu Office */
            nameEn: string;
            /** @example 마포구청 */
            nameKo: string;
            /** Format: uuid */
            tenantId: string;
            /**
             * @description The agency's trainees (its staff known to the institute)
             * @example 120
             */
            trainees: number;
        };
        /** @enum {string} */
        AgencyKind: "bureau" | "district" | "field_office" | "funded_institution" | "other_province" | "education_office" | "other";
        AgencyQuotaFillView: {
            /** @example MAPO-GU */
            agencyCode: string;
            confirmed: number;
            seats: number;
        };
        AgencyQuotaStatusView: {
            cohort: components["schemas"]["EnrollmentCohortView"];
            confirmed: number;
            /** @description Awaiting an approval or the selection */
            pending: number;
            seats: number;
            waitlisted: number;
        };
        AgencyReportCourseView: {
            applied: number;
            /** @description Cancelled or rejected */
            cancelled: number;
            completed: number;
            confirmed: number;
            courseCode: string | null;
            courseNameEn: string | null;
            courseNameKo: string | null;
            educationType: components["schemas"]["EducationType"];
            /** Format: uuid */
            hostTenantId: string;
            notCompleted: number;
            waitlisted: number;
        };
        AgencyReportImportedView: {
            completed: number;
            courseCode: string;
        };
        AgencyReportQuotaView: {
            /** Format: uuid */
            cohortId: string;
            confirmed: number;
            courseCode: string | null;
            courseNameEn: string | null;
            courseNameKo: string | null;
            /**
             * Format: date-time
             * @description The last day, as an instant: its midnight in the server’s time zone
             */
            endDate: string;
            seats: number;
            /**
             * Format: date-time
             * @description The first day, as an instant: its midnight in the server’s time zone
             */
            startDate: string;
            /**
             * @description scheduled, cancelled or completed
             * @example scheduled
             */
            status: string;
        };
        AgencyReportTotalsView: {
            applied: number;
            /** @description Completed applications and imported LMS completions */
            completed: number;
            confirmed: number;
            notCompleted: number;
        };
        AgencyTrainingReportView: {
            /** @example MAPO-GU */
            agencyCode: string;
            courses: components["schemas"]["AgencyReportCourseView"][];
            importedCompletions: components["schemas"]["AgencyReportImportedView"][];
            quotas: components["schemas"]["AgencyReportQuotaView"][];
            totals: components["schemas"]["AgencyReportTotalsView"];
            /** @example 2021 */
            year: number;
        };
        AgencyView: {
            /** @description An inactive (deactivated) agency takes no applications and no quotas */
            active: boolean;
            /** @example MAPO-GU */
            code: string;
            kind: components["schemas"]["AgencyKind"];
            /** @example Mapo-gu Office */
            nameEn: string;
            /** @example 마포구청 */
            nameKo: string;
            /** Format: uuid */
            tenantId: string;
        };
        AmendBudgetDto: {
            /**
             * @description Change of the current budget amount in won; negative to reduce
             * @example 50000000
             */
            amount: number;
            /**
             * Format: date
             * @example 2022-01-28
             */
            effectiveOn: string;
            /**
             * @description supplementary (추경), transfer (전용), carryover (이월) or other
             * @enum {string}
             */
            kind: "supplementary" | "transfer" | "carryover" | "other";
            /** @example 1월 교재 인쇄 계약 */
            reason: string;
        };
        AnswerDecisionView: {
            /** @description the correct choices after the decision */
            correct: number[];
            /** Format: date-time */
            decidedAt: string;
            /** @enum {string} */
            outcome: "accepted" | "rejected";
            question: number;
            reason: string;
            subject: string;
        };
        AnswerImportView: {
            absent: number;
            /** @description whether scores were computed (the keys are published) */
            scored: boolean;
            sheets: number;
            subjects: string[];
        };
        AnswerKeysDto: {
            subjects: components["schemas"]["AnswerKeySubjectDto"][];
        };
        /** @enum {string} */
        AnswerKeyStatus: "draft" | "provisional" | "final";
        AnswerKeySubjectDto: {
            /**
             * @description the correct choice of each question, in order
             * @example [
             *       1,
             *       3,
             *       2,
             *       4
             *     ]
             */
            answers: number[];
            /**
             * @description choices per question (사지선다 4, 오지선다 5)
             * @enum {number}
             */
            choices: 4 | 5;
            /** @example 국어 */
            name: string;
            /**
             * @description each question's points, two decimals at most; they sum to 100
             * @example [
             *       25,
             *       25,
             *       25,
             *       25
             *     ]
             */
            points: number[];
        };
        AnswerKeySubjectView: {
            /** @description the provisional key (가답안): the correct choice of each question */
            answers: number[];
            /** @enum {number} */
            choices: 4 | 5;
            /** @description the final key (최종정답): the correct choices of each question; null until published */
            final: number[][] | null;
            name: string;
            /** @description each question's points */
            points: number[];
        };
        AnswerKeysView: {
            /** @description for applicants, only once the final keys are published */
            decisions: components["schemas"]["AnswerDecisionView"][];
            /** Format: uuid */
            examId: string;
            /** Format: date-time */
            finalAt: string | null;
            /** Format: date-time */
            objectionClosesAt: string | null;
            /** Format: date-time */
            objectionOpensAt: string | null;
            /** Format: date-time */
            provisionalAt: string | null;
            /** @description officer only: how many candidates' answer sheets are imported */
            sheets?: number;
            status: components["schemas"]["AnswerKeyStatus"];
            subjects: components["schemas"]["AnswerKeySubjectView"][];
        };
        ApplicantPhotoView: {
            /** @enum {string} */
            contentType: "image/jpeg" | "image/png";
            /** @example 400 */
            height: number;
            /** Format: uuid */
            id: string;
            /**
             * @description bytes
             * @example 31204
             */
            size: number;
            /** Format: date-time */
            uploadedAt: string;
            /** @example 300 */
            width: number;
        };
        ApplicantSignupDto: {
            /** @example kim.eungsi@example.com */
            email: string;
            /**
             * @description 안내 메일의 언어 / language of the mail (default ko)
             * @enum {string}
             */
            locale?: "ko" | "en";
            /** @example 김응시 */
            name: string;
            /** @description at least 10 characters with a letter and a digit, not common, breached or easy to guess (AUTH.WEAK_PASSWORD) */
            password: string;
            /** @description 개인정보 수집·이용 동의 (must be true) */
            privacyConsent: boolean;
            /**
             * @description 기관 코드 / institute code
             * @example seoul-hrd
             */
            tenant: string;
        };
        ApplicationFormDto: {
            accommodations?: components["schemas"]["AccommodationDto"][];
            /** @example 1998-04-12 */
            birthDate: string;
            /** @description 최종학력 */
            education?: components["schemas"]["EducationDto"];
            /** Format: uuid */
            examId: string;
            /** @description only when the Idempotency-Key header is not sent */
            idempotencyKey?: string;
            /** @description 본인 확인 reference (POST /identity-verifications); the application's name and birth date are the verified ones */
            identityVerificationRef?: string;
            /** @description 자격증·면허, at most 10 */
            licences?: components["schemas"]["LicenceDto"][];
            /** @example 김응시 */
            nameKo: string;
            /** @example 010-1234-5678 */
            phone: string;
            /** Format: uuid */
            positionId: string;
            /**
             * @description 의사상자 등 가점; one statutory bonus at most
             * @default 0
             * @enum {number}
             */
            rescuerBonusPercent: 0 | 3 | 5;
            /** @description years of residence in the region in total */
            residencyYears?: number;
            /** @example 2019-03-01 */
            residentSince?: string;
            /** @example 서울북부보훈지청-2022-0113 */
            trackEvidence?: string;
            /**
             * @default 0
             * @enum {number}
             */
            veteransBonusPercent: 0 | 5 | 10;
        };
        ApplicationWithCohortView: {
            /** @example MAPO-GU */
            agencyCode: string;
            /** Format: date-time */
            appliedAt: string;
            /** @description The course's assessment, where its completion rule requires one */
            assessmentPassed: boolean | null;
            attendancePercent: number | null;
            /** @description Whose approval it awaits */
            awaiting: components["schemas"]["Approver"] | null;
            /** @example 2027-000042 */
            certificateNo: string | null;
            /**
             * Format: date-time
             * @description When staff revoked the certificate (수료증 취소)
             */
            certificateRevokedAt: string | null;
            /** @description Why the certificate was revoked */
            certificateRevokeReason: string | null;
            cohort?: components["schemas"]["EnrollmentCohortView"];
            /** Format: uuid */
            cohortId: string;
            /** Format: date */
            completedOn: string | null;
            completionStatus: components["schemas"]["CompletionStatus"] | null;
            /** Format: date-time */
            confirmedAt: string | null;
            employeeNo: string | null;
            /** Format: date-time */
            endedAt: string | null;
            endReason: components["schemas"]["EnrollmentEndReason"] | null;
            /** @example 7급 */
            grade: string | null;
            /**
             * Format: uuid
             * @description The institute that runs the cohort
             */
            hostTenantId: string;
            /** Format: uuid */
            id: string;
            /** @example 행정 */
            jobSeries: string | null;
            /** @example 주무관 */
            position: string | null;
            /** @description E-learning progress (진도율) in percent */
            progressPercent: number | null;
            /** @description The agency's rank, 1 first; null after every ranked one */
            rank: number | null;
            status: components["schemas"]["EnrollmentStatus"];
            /** Format: uuid */
            traineeId: string;
            /** @example 김서울 */
            traineeName: string;
            /**
             * Format: uuid
             * @description The trainee's home institute
             */
            traineeTenantId: string;
            via: components["schemas"]["EnrollmentRoute"];
            /** Format: date-time */
            waitlistedAt: string | null;
        };
        ApplyDto: {
            /** Format: uuid */
            cohortId: string;
        };
        ApprovalDecisionDto: {
            /** @description true: approve; false: reject */
            approve: boolean;
            rank?: number;
            reason?: string;
        };
        /** @enum {string} */
        ApprovalSteps: "none" | "agency" | "institute" | "agency_and_institute";
        /**
         * @description Whose approval it awaits
         * @enum {string}
         */
        Approver: "agency" | "institute";
        AssessmentCandidateProgressView: {
            /** @example MAPO-GU */
            agencyCode: string;
            /** @description which sitting for this grade this is (1 = first) */
            attempt: number;
            /**
             * Format: uuid
             * @description the id again; present once assessors are assigned
             */
            candidateId?: string;
            /**
             * @description 공무원 번호
             * @example S2019-00417
             */
            employeeNo: string;
            /** @description ratings expected from the assigned assessors */
            expected: number;
            /** Format: uuid */
            id: string;
            /** @example 정교육생 */
            nameKo: string;
            /** @description overall score in hundredths */
            overall: number | null;
            passed: boolean | null;
            /** @description ratings given */
            rated: number;
            /** Format: uuid */
            roundId: string;
            /**
             * @description consolidated score per competency code, in hundredths; null until the round is consolidated
             * @example {
             *       "policy_management": 350
             *     }
             */
            scores: {
                [key: string]: number;
            } | null;
            /** Format: uuid */
            tenantId: string;
            /**
             * Format: uuid
             * @description their sign-in, so they can read their feedback report
             */
            userId: string | null;
        };
        AssessmentCandidateView: {
            /** @example MAPO-GU */
            agencyCode: string;
            /** @description which sitting for this grade this is (1 = first) */
            attempt: number;
            /**
             * @description 공무원 번호
             * @example S2019-00417
             */
            employeeNo: string;
            /** Format: uuid */
            id: string;
            /** @example 정교육생 */
            nameKo: string;
            /** @description overall score in hundredths */
            overall: number | null;
            passed: boolean | null;
            /** Format: uuid */
            roundId: string;
            /**
             * @description consolidated score per competency code, in hundredths; null until the round is consolidated
             * @example {
             *       "policy_management": 350
             *     }
             */
            scores: {
                [key: string]: number;
            } | null;
            /** Format: uuid */
            tenantId: string;
            /**
             * Format: uuid
             * @description their sign-in, so they can read their feedback report
             */
            userId: string | null;
        };
        AssessmentConsolidationView: {
            candidates: number;
            passed: number;
        };
        AssessmentCountView: {
            /** @example 120 */
            candidates: number;
            /** @example 6 */
            rounds: number;
        };
        AssessmentModelItemView: {
            /** @example policy_management */
            code: string;
            /** @example Policy management */
            en: string;
            /** @example 정책관리 */
            ko: string;
        };
        AssessmentModelView: {
            candidatesPerYear: number;
            competencies: components["schemas"]["AssessmentModelItemView"][];
            /** @example 4 */
            grade: number;
            /**
             * @description how the source prints the model
             * @example 4급(6개 역량, 3개 기법)
             */
            headerPrinted: string;
            /** @example 4급 */
            labelKo: string;
            roundsPerYear: number;
            techniques: components["schemas"]["AssessmentModelItemView"][];
        };
        AssessmentPlanCellView: {
            /** @example 60 */
            candidates: number | null;
            /** @example task development (과제개발) */
            noteEn: string | null;
            /** @example (과제개발) */
            noteKo: string | null;
            /** @example 3 */
            rounds: number | null;
        };
        AssessmentPlanGradeView: {
            /** @example 4 */
            grade: number;
            /** @description Rounds held per quarter (by the day held) and their candidates */
            held: components["schemas"]["AssessmentQuartersView"];
            heldTotal: components["schemas"]["AssessmentCountView"];
            /** @description Q1…Q4; null where the plan has no cell for the quarter */
            planned: components["schemas"]["AssessmentPlanCellView"][] | null;
            plannedTotal: components["schemas"]["AssessmentCountView"];
            /** @description Cells the source prints without a recoverable quarter (two of grade 5 in 2022); they count in the year only */
            unplaced: components["schemas"]["AssessmentPlanCellView"][];
        };
        AssessmentPlanReportView: {
            /** @example 2022 */
            fiscalYear: number;
            grades: components["schemas"]["AssessmentPlanGradeView"][];
        };
        AssessmentQuartersView: {
            /**
             * @description Q1…Q4
             * @example [
             *       0,
             *       58,
             *       0,
             *       61
             *     ]
             */
            candidates: number[];
            /**
             * @description Q1…Q4
             * @example [
             *       0,
             *       3,
             *       0,
             *       3
             *     ]
             */
            rounds: number[];
        };
        AssessmentRoundDetailView: {
            /** @example 2 */
            assessorsPerTechnique: number;
            /**
             * Format: date-time
             * @description when assessors were assigned
             */
            assignedAt: string | null;
            candidates: components["schemas"]["AssessmentCandidateProgressView"][];
            competencies: components["schemas"]["AssessmentModelItemView"][];
            /**
             * Format: date
             * @description when the results were consolidated
             */
            completedOn: string | null;
            /** Format: date */
            heldOn: string;
            /** Format: uuid */
            id: string;
            /**
             * @description sittings allowed per official for this grade
             * @example 3
             */
            maxAttempts: number;
            /**
             * @description least overall score to pass, in hundredths (250 = 2.50 of 5)
             * @example 250
             */
            passThreshold: number;
            /**
             * Format: uuid
             * @description the preparatory course cohort from curriculum
             */
            prepCohortId: string | null;
            /** @example 1 */
            roundNo: number;
            /** @enum {number} */
            targetGrade: 4 | 5;
            techniques: components["schemas"]["AssessmentModelItemView"][];
            /** Format: uuid */
            tenantId: string;
            /** @example 2027 */
            year: number;
        };
        AssessmentRoundSummaryView: {
            /** @example 2 */
            assessorsPerTechnique: number;
            /**
             * Format: date-time
             * @description when assessors were assigned
             */
            assignedAt: string | null;
            candidates: number;
            competencies: components["schemas"]["AssessmentModelItemView"][];
            /**
             * Format: date
             * @description when the results were consolidated
             */
            completedOn: string | null;
            /** Format: date */
            heldOn: string;
            /** Format: uuid */
            id: string;
            /**
             * @description sittings allowed per official for this grade
             * @example 3
             */
            maxAttempts: number;
            passed: number;
            /**
             * @description least overall score to pass, in hundredths (250 = 2.50 of 5)
             * @example 250
             */
            passThreshold: number;
            /**
             * Format: uuid
             * @description the preparatory course cohort from curriculum
             */
            prepCohortId: string | null;
            /** @example 1 */
            roundNo: number;
            /** @enum {number} */
            targetGrade: 4 | 5;
            techniques: components["schemas"]["AssessmentModelItemView"][];
            /** Format: uuid */
            tenantId: string;
            /** @example 2027 */
            year: number;
        };
        AssessmentRoundView: {
            /** @example 2 */
            assessorsPerTechnique: number;
            /**
             * Format: date-time
             * @description when assessors were assigned
             */
            assignedAt: string | null;
            competencies: components["schemas"]["AssessmentModelItemView"][];
            /**
             * Format: date
             * @description when the results were consolidated
             */
            completedOn: string | null;
            /** Format: date */
            heldOn: string;
            /** Format: uuid */
            id: string;
            /**
             * @description sittings allowed per official for this grade
             * @example 3
             */
            maxAttempts: number;
            /**
             * @description least overall score to pass, in hundredths (250 = 2.50 of 5)
             * @example 250
             */
            passThreshold: number;
            /**
             * Format: uuid
             * @description the preparatory course cohort from curriculum
             */
            prepCohortId: string | null;
            /** @example 1 */
            roundNo: number;
            /** @enum {number} */
            targetGrade: 4 | 5;
            techniques: components["schemas"]["AssessmentModelItemView"][];
            /** Format: uuid */
            tenantId: string;
            /** @example 2027 */
            year: number;
        };
        AssessmentSittingDto: {
            /** @default ASSESSMENT-OPS */
            budgetLineCode: string;
            /** @example 38000000 */
            cost: number;
            /** @example 2027-05-18 */
            heldOn: string;
        };
        AssessorAssignmentView: {
            assessors: number;
            assignments: number;
        };
        AssessorConflictView: {
            /** Format: uuid */
            assessorId: string;
            /** @example S2019-00417 */
            employeeNo: string;
            /** @example 전 소속 부서장 */
            reason: string;
            /** Format: uuid */
            tenantId: string;
        };
        AssessorTaskRoundView: {
            /** @description consolidated: ratings can no longer change */
            completed: boolean;
            /** Format: date */
            heldOn: string;
            /** Format: uuid */
            id: string;
            roundNo: number;
            /** @enum {number} */
            targetGrade: 4 | 5;
            year: number;
        };
        AssessorTaskView: {
            /**
             * @description assessors see a code, not the name
             * @example C-1A2B3C
             */
            candidateCode: string;
            /** Format: uuid */
            candidateId: string;
            competencies: components["schemas"]["RatedCompetencyView"][];
            round: components["schemas"]["AssessorTaskRoundView"];
            technique: components["schemas"]["AssessmentModelItemView"];
        };
        AssessorView: {
            active: boolean;
            /**
             * @description their own agency: they never rate candidates of it
             * @example SEOUL-PLANNING
             */
            agencyCode: string | null;
            /** Format: uuid */
            id: string;
            /** @example 한평가 */
            nameKo: string;
            /** Format: uuid */
            tenantId: string;
            /**
             * Format: uuid
             * @description their sign-in (role assessor)
             */
            userId: string;
        };
        /**
         * @description The first held in menu order is the primary role
         * @enum {string}
         */
        AssignableRole: "admin" | "planner" | "course_manager" | "exam_officer" | "finance_officer" | "agency_admin" | "assessor";
        AttendanceEntriesDto: {
            entries: components["schemas"]["AttendanceEntryDto"][];
        };
        AttendanceEntryDto: {
            /** Format: uuid */
            applicationId: string;
            /** @example 2027-03-02 */
            day: string;
            /** @description null clears the day */
            mark: components["schemas"]["AttendanceMark"] | null;
        };
        /**
         * @description null clears the day
         * @enum {string}
         */
        AttendanceMark: "present" | "late" | "absent" | "excused";
        AttendanceSheetRowView: {
            /** @example MAPO-GU */
            agencyCode: string;
            /** Format: uuid */
            applicationId: string;
            /** @description Attended days (present, late, excused) in percent of the training days, rounded down */
            attendancePercent: number;
            completionStatus: components["schemas"]["CompletionStatus"] | null;
            employeeNo: string | null;
            /**
             * @description The mark of each day marked, by date (YYYY-MM-DD)
             * @example {
             *       "2027-03-02": "present",
             *       "2027-03-03": "late"
             *     }
             */
            marks: {
                [key: string]: "present" | "late" | "absent" | "excused";
            };
            /** @example 김서울 */
            traineeName: string;
        };
        AttendanceSheetView: {
            cohort: components["schemas"]["EnrollmentCohortView"];
            /** @description The training days (YYYY-MM-DD): weekdays, or the weekend days of a weekend cohort */
            days: string[];
            rows: components["schemas"]["AttendanceSheetRowView"][];
            /**
             * Format: date
             * @description Today in Asia/Seoul: later days cannot be marked yet
             */
            today: string;
        };
        AttendanceUploadResultView: {
            /** @description Marks recorded (cleared days not counted) */
            recorded: number;
        };
        AuditEntryView: {
            /** @example user.disabled */
            action: string;
            /** Format: uuid */
            actorId: string | null;
            /** @example 관리자 */
            actorName: string;
            /** @example admin */
            actorRole: string;
            after: {
                [key: string]: unknown;
            } | null;
            /** @example 2026-12-04T09:30:00.000Z */
            at: string;
            before: {
                [key: string]: unknown;
            } | null;
            /**
             * @description The service that keeps the entry
             * @example gateway
             */
            service: string;
            /** @example 6f1c… */
            subjectId: string;
            /** @example user */
            subjectType: string;
        };
        BookingRulesView: {
            /**
             * @description Revenue line that exam fees are booked on
             * @example REVENUE-RECURRING
             */
            feeRevenueLineCode: string | null;
            /**
             * @description Meal cost of one trainee for one training day: integer won as a string
             * @example 8000
             */
            mealCostPerDay: string | null;
            /**
             * @description Line that trainee meals are booked on
             * @example TRAINEE-MEALS
             */
            mealLineCode: string | null;
        };
        /** @enum {string} */
        BudgetAmendmentKind: "original" | "supplementary" | "transfer" | "carryover" | "other";
        BudgetAmendmentView: {
            /**
             * @description The change, signed (a reduction is negative): integer won as a string
             * @example 20000000
             */
            amount: string;
            /**
             * @description The current budget amount after it, integer won as a string
             * @example 12000000
             */
            amountAfter: string;
            /**
             * Format: date
             * @example 2027-06-30
             */
            effectiveOn: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["BudgetAmendmentKind"];
            /** @example 제1회 추가경정예산 */
            reason: string;
            /** Format: date-time */
            recordedAt: string;
            /** @example 최재무 */
            recordedByName: string;
        };
        BudgetBookRowView: {
            /**
             * @description Current budget amount (예산현액), integer won as a string
             * @example 12000000
             */
            amount: string;
            /** @example NEWCOMER */
            code: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            committed: string;
            /** @description A unit line’s control; null above the unit lines */
            control: components["schemas"]["BudgetControl"] | null;
            /**
             * @description 0 for the total, 1 for what is directly under it, …
             * @example 3
             */
            depth: number;
            /** @description null above the unit lines */
            held: components["schemas"]["HeldCommitmentsView"] | null;
            level: components["schemas"]["BudgetRowLevel"];
            /** @example Newcomer (new appointee) course operation */
            nameEn: string;
            /** @example 신임자과정 운영 */
            nameKo: string;
            /** Format: uuid */
            officerUserId: string | null;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            paid: string;
            /**
             * @description The quarterly plans’ total, integer won as a string
             * @example 12000000
             */
            planned: string;
            /** @description committed of amount */
            rate: components["schemas"]["BudgetRateView"];
            /**
             * @description amount − committed, integer won as a string
             * @example 12000000
             */
            remaining: string;
        };
        BudgetBookView: {
            /**
             * @description The year it was carried forward from
             * @example 2021
             */
            carriedFrom: number | null;
            /** @description The total first, then each subtotal, program and unit line in order */
            expenditure: components["schemas"]["BudgetBookRowView"][];
            /** @example 2022 */
            fiscalYear: number;
            /** Format: date-time */
            openedAt: string;
            /** @example 박기획 */
            openedByName: string;
            revenue: components["schemas"]["BudgetLineSummaryView"][];
            rules: components["schemas"]["BookingRulesView"];
        };
        BudgetBookYearView: {
            /**
             * @description The year it was carried forward from
             * @example 2021
             */
            carriedFrom: number | null;
            /** @example 2022 */
            fiscalYear: number;
            /** Format: date-time */
            openedAt: string;
            /** @example 박기획 */
            openedByName: string;
        };
        /** @enum {string} */
        BudgetControl: "stop" | "warn" | "ignore";
        BudgetLineCountsView: {
            /** @example 4 */
            commitments: number;
            /** @example 12 */
            entries: number;
        };
        BudgetLineDetailView: {
            /** @description Newest first */
            amendments: components["schemas"]["BudgetAmendmentView"][];
            /** @description The newest 200, newest first */
            commitments: components["schemas"]["CommitmentSummaryView"][];
            counts: components["schemas"]["BudgetLineCountsView"];
            /** @description The newest 200, newest first */
            entries: components["schemas"]["LedgerEntryView"][];
            line: components["schemas"]["BudgetLineSummaryView"];
            plan: components["schemas"]["QuarterlyPlanRowView"][];
        };
        BudgetLineDetailWithOfficerView: {
            /** @description Newest first */
            amendments: components["schemas"]["BudgetAmendmentView"][];
            /** @description The newest 200, newest first */
            commitments: components["schemas"]["CommitmentSummaryView"][];
            counts: components["schemas"]["BudgetLineCountsView"];
            /** @description The newest 200, newest first */
            entries: components["schemas"]["LedgerEntryView"][];
            line: components["schemas"]["BudgetLineSummaryView"];
            /**
             * @description The line's officer's name; null when it has none
             * @example 박기획
             */
            officerName: string | null;
            plan: components["schemas"]["QuarterlyPlanRowView"][];
        };
        /** @enum {string} */
        BudgetLineKind: "expenditure" | "revenue";
        BudgetLineSummaryView: {
            /**
             * @description Current budget amount (예산현액), integer won as a string
             * @example 12000000
             */
            amount: string;
            /** @example NEWCOMER */
            code: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            collected: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            committed: string;
            control: components["schemas"]["BudgetControl"];
            /** @example 2022 */
            fiscalYear: number;
            kind: components["schemas"]["BudgetLineKind"];
            /** @example Newcomer (new appointee) course operation */
            nameEn: string;
            /** @example 신임자과정 운영 */
            nameKo: string;
            noteEn: string | null;
            /** @description What the line covers (the kinds of revenue of a revenue line) */
            noteKo: string | null;
            /**
             * Format: uuid
             * @description Told at the thresholds; null for every finance officer
             */
            officerUserId: string | null;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            paid: string;
            /** @description committed (expenditure) or collected (revenue) of amount */
            rate: components["schemas"]["BudgetRateView"];
            /**
             * @description amount − committed (expenditure) or − collected (revenue), integer won as a string
             * @example 12000000
             */
            remaining: string;
        };
        BudgetOfficerView: {
            /** Format: uuid */
            id: string;
            /** @example 박기획 */
            name: string;
            role: components["schemas"]["Role"];
        };
        BudgetRateView: {
            /**
             * @description As printed: 15.1%, △2.3%, 0.02%, or - without a base
             * @example 15.1%
             */
            printed: string;
            /**
             * @description Percent (15.1 means 15.1%); null when there is no base
             * @example 15.1
             */
            value: number | null;
        };
        /** @enum {string} */
        BudgetRowLevel: "total" | "subtotal" | "program" | "unit";
        CancelApplicationDto: {
            reason?: string;
        };
        CancelCohortDto: {
            /** @example 최소 인원 미달 / under-filled */
            reason: string;
        };
        CarryCatalogForwardDto: {
            /**
             * @description The year whose catalog is copied
             * @example 2022
             */
            fromYear: number;
            /**
             * @description The later year that gets the copy; it must have no catalog yet
             * @example 2026
             */
            toYear: number;
        };
        CatalogApplicationView: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["EnrollmentStatus"];
        };
        CatalogCarriedView: {
            /** @example 390 */
            courses: number;
            /** @example 2026 */
            fiscalYear: number;
        };
        CatalogCoursePageCohortView: {
            /**
             * Format: date
             * @example 2027-02-23
             */
            applicationCloses: string;
            /**
             * Format: date
             * @example 2027-02-02
             */
            applicationOpens: string;
            /** @example 30 */
            capacity: number;
            /** @description Its catalog row (seats left, the caller's agency quota, the trainee's application) while it takes applications */
            catalog: components["schemas"]["HostedCatalogCohortView"] | null;
            /**
             * @description 기수 번호 within its course
             * @example 1
             */
            cohortNo: number;
            /** @example 18:00 */
            dailyEndTime: string;
            /** @example 09:00 */
            dailyStartTime: string;
            deliveryMode: components["schemas"]["DeliveryMode"];
            /**
             * Format: date
             * @example 2027-03-06
             */
            endDate: string;
            /** Format: uuid */
            id: string;
            instructors: components["schemas"]["CohortInstructorView"][];
            /** @example Baeum Hall 201 */
            roomNameEn: string | null;
            /** @example 배움관 201호 */
            roomNameKo: string | null;
            /**
             * Format: date
             * @example 2027-03-02
             */
            startDate: string;
        };
        CatalogCoursePageView: {
            /** @example NEWCOMER */
            code: string;
            cohorts: components["schemas"]["CatalogCoursePageCohortView"][];
            /** @example 80 */
            completionMinAttendancePercent: number;
            completionRequiresAssessment: boolean;
            deliveryMode: components["schemas"]["DeliveryMode"];
            /**
             * @description '' when not written
             * @example Public-service values and basic practice for new appointees
             */
            descriptionEn: string;
            /**
             * @description 과정 소개; '' when not written
             * @example 신규 임용자가 공직 가치와 기본 실무를 익히는 과정
             */
            descriptionKo: string;
            educationType: components["schemas"]["EducationType"];
            /** @example 2022 */
            fiscalYear: number;
            hostTenant: components["schemas"]["HostTenantView"] | null;
            /**
             * Format: uuid
             * @description The institute that runs the course
             */
            hostTenantId: string;
            /** @example 105 */
            hours: number;
            /** Format: uuid */
            id: string;
            /** @description Who teaches its cohorts from today on (else its earlier ones) */
            instructors: components["schemas"]["CoursePageInstructorView"][];
            /** @example Newcomer training course */
            nameEn: string;
            /** @example 신임자 교육과정 */
            nameKo: string;
            openToOtherProvinces: boolean;
            /**
             * @description Sessions (회차) the year's latest plan gives the course
             * @example 4
             */
            plannedSessions: number | null;
            /**
             * @description Civil-service grades (1–9) it is for; empty means every grade
             * @example [
             *       9
             *     ]
             */
            targetGrades: number[];
            /**
             * @description Positions (직위) it is for; empty means every position
             * @example []
             */
            targetPositions: string[];
        };
        CatalogQuotaView: {
            confirmed: number;
            seats: number;
        };
        /** @enum {string} */
        CategoryKind: "field" | "subfield";
        CategoryView: {
            /** @example job_competency */
            code: string;
            kind: components["schemas"]["CategoryKind"];
            /** @example Job competency */
            nameEn: string;
            /** @example 직무역량 */
            nameKo: string;
            /**
             * @description The field a subfield belongs to; null for fields
             * @example null
             */
            parentCode: string | null;
            /** @example 7 */
            sortOrder: number;
        };
        CaughtMessageView: {
            /**
             * @description The e-mail address or mobile number
             * @example hong@example.com
             */
            address: string;
            at: string;
            /** @description The message as plain text (a mail’s text part, or the text message) */
            body: string;
            /** @enum {string} */
            channel: "email" | "sms";
            /** @example examination.fee.paid */
            eventType: string;
            /**
             * Format: uuid
             * @description The delivery it belongs to (see the delivery log)
             */
            id: string;
            /**
             * @description A text goes as an SMS up to 90 EUC-KR bytes, else as an LMS
             * @enum {string}
             */
            kind: "email" | "sms" | "lms";
            /** @example [결제 완료] 응시수수료 5,000원 / Exam fee received */
            subject: string;
        };
        CertificateCheckView: {
            /** @example 2027-000042 */
            certificateNo: string | null;
            /** Format: date */
            completedOn: string | null;
            courseNameEn: string | null;
            courseNameKo: string | null;
            /** Format: date */
            endDate: string;
            /** Format: uuid */
            hostTenantId: string;
            /**
             * @description 교육시간: the course's total hours (null before curriculum gave them)
             * @example 21
             */
            hours: number | null;
            /** @example 서울특별시 인재개발원 (Seoul Metropolitan Human Resources Development Center) */
            institute: string;
            /**
             * Format: date-time
             * @description When staff revoked the certificate (수료증 취소)
             */
            revokedAt: string | null;
            /** @description Why it was revoked */
            revokeReason: string | null;
            /** Format: date */
            startDate: string;
            /**
             * @description The first and last characters, the rest masked (two-character names: the first)
             * @example 김*수
             */
            traineeName: string;
            /** @description false when the certificate was revoked (revokedAt and revokeReason say when and why) */
            valid: boolean;
        };
        ChangeCohortDto: {
            agencyQuotas?: components["schemas"]["CohortAgencyQuotaDto"][];
            /** @example 2027-02-23 */
            applicationCloses?: string;
            /** @example 2027-02-02 */
            applicationOpens?: string;
            approval?: components["schemas"]["ApprovalSteps"];
            /**
             * @description Defaults to the course's budget line
             * @example NEWCOMER
             */
            budgetLineCode?: string;
            /**
             * @description Last day a trainee may cancel by themselves
             * @example 2027-02-27
             */
            cancellationCloses?: string;
            capacity?: number;
            /** @example 16:00 */
            dailyEndTime?: string;
            /** @example 10:00 */
            dailyStartTime?: string;
            /** @description Defaults to the course's */
            deliveryMode?: components["schemas"]["DeliveryMode"];
            /** @example 2027-03-06 */
            endDate?: string;
            /**
             * @description Estimated cost in won (integer)
             * @example 12000000
             */
            estimatedCost?: number;
            instructorIds?: string[];
            /** @example 10 */
            minimumFill?: number;
            /** @example 2027-02-23 */
            minimumFillCutoff?: string;
            /** @example 강사 일정 변경 / instructor unavailable */
            reason: string;
            /** Format: uuid */
            roomId?: string;
            /** @example 2027-03-02 */
            startDate?: string;
        };
        ChangePasswordDto: {
            /** @description 지금 비밀번호 (임시 비밀번호 포함) / the current password, temporary or not */
            currentPassword: string;
            /** @description 10자 이상, 흔하거나 유출된 비밀번호는 안 됨 (AUTH.WEAK_PASSWORD) / at least 10 characters, not common, breached or easy to guess */
            newPassword: string;
        };
        ChargeableBudgetLineView: {
            /**
             * @description Current budget amount (예산현액), integer won as a string
             * @example 12000000
             */
            amount: string;
            /** @example NEWCOMER */
            code: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            committed: string;
            control: components["schemas"]["BudgetControl"];
            /** @example 2027 */
            fiscalYear: number;
            /** @example Newcomer (new appointee) course operation */
            nameEn: string;
            /** @example 신임자과정 운영 */
            nameKo: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            remaining: string;
        };
        CheckoutView: {
            /**
             * @description Integer won as a string (bigint)
             * @example 5000
             */
            amount: string;
            /** @description the token the provider's checkout page takes */
            checkoutToken: string;
            /** Format: uuid */
            paymentId: string;
        };
        CohortAgencyQuotaDto: {
            /** @example MAPO-GU */
            agencyCode: string;
            /** @example 5 */
            seats: number;
        };
        CohortAgencyQuotaView: {
            /**
             * @description False once the administrator deactivated the agency: the quota stays, marked, and cannot be given again or changed
             * @example true
             */
            agencyActive: boolean;
            /** @example MAPO-GU */
            agencyCode: string;
            /** @example 5 */
            seats: number;
        };
        CohortBookingConflictView: {
            /** Format: uuid */
            cohortId: string;
            /** @example 1 */
            cohortNo: number;
            /** @example IT-EXCEL */
            courseCode: string;
            /** @example Excel for work */
            courseNameEn: string;
            /** @example 업무에 바로 쓰는 엑셀 */
            courseNameKo: string;
            /** @example 16:00 */
            dailyEndTime: string;
            /** @example 10:00 */
            dailyStartTime: string;
            /** Format: date */
            endDate: string;
            /** @enum {string} */
            resource: "room" | "instructor";
            /** Format: uuid */
            resourceId: string;
            /** @example 배움관 202호 */
            resourceName: string;
            /** Format: date */
            startDate: string;
        };
        CohortCompletionView: {
            completed: number;
            notCompleted: number;
            results: components["schemas"]["TraineeCompletionResultView"][];
        };
        CohortConflictErrorView: {
            /** @example VALIDATION */
            code: components["schemas"]["ErrorCode"];
            /** @description With COHORT.ROOM_BOOKED and COHORT.INSTRUCTOR_BOOKED */
            conflicts?: components["schemas"]["CohortBookingConflictView"][];
            errors?: components["schemas"]["FieldErrorBody"][];
            /** @description The field a domain rule concerns, when it concerns one */
            field?: string;
            /** @example Invalid input */
            message: string;
            /** @description The code's parameters: a rule's limits (`max`, `min`, `values`), the name of what clashed, an amount in won. */
            params?: {
                [key: string]: string | number | boolean | (string | number)[];
            };
            /** @example 400 */
            statusCode: number;
        };
        CohortInstructorView: {
            /** Format: uuid */
            id: string;
            /** @example 박지호 */
            name: string;
        };
        CohortPageView: {
            agencyQuotas: components["schemas"]["CohortAgencyQuotaView"][];
            /**
             * Format: date
             * @example 2027-02-23
             */
            applicationCloses: string;
            /**
             * Format: date
             * @example 2027-02-02
             */
            applicationOpens: string;
            approval: components["schemas"]["ApprovalSteps"];
            /** @example NEWCOMER */
            budgetLineCode: string;
            /**
             * Format: date
             * @description Last day a trainee may cancel by themselves
             * @example 2027-02-27
             */
            cancellationCloses: string;
            /** @example 30 */
            capacity: number;
            /**
             * @description 기수 번호 within its course
             * @example 1
             */
            cohortNo: number;
            /**
             * @description Committed amount, integer won as a string (bigint), from finance
             * @example 12000000
             */
            committedAmount: string | null;
            /**
             * @description Seats confirmed, as enrollment last reported them
             * @example 0
             */
            confirmed: number;
            /** @example NEWCOMER */
            courseCode: string;
            /** Format: uuid */
            courseId: string;
            /** @example Newcomer training course */
            courseNameEn: string;
            /** @example 신임자 교육과정 */
            courseNameKo: string;
            /** Format: date-time */
            createdAt: string;
            /** @example 18:00 */
            dailyEndTime: string;
            /** @example 09:00 */
            dailyStartTime: string;
            deliveryMode: components["schemas"]["DeliveryMode"];
            /**
             * Format: date
             * @example 2027-03-06
             */
            endDate: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            estimatedCost: string;
            /** Format: date-time */
            fillUpdatedAt: string | null;
            /** Format: uuid */
            id: string;
            instructors: components["schemas"]["CohortInstructorView"][];
            /** @description Why a cohort that had already ended was scheduled after the fact */
            lateEntryReason: string | null;
            /** @example 0 */
            minimumFill: number;
            /**
             * Format: date
             * @example 2027-02-23
             */
            minimumFillCutoff: string;
            /** Format: uuid */
            roomId: string | null;
            /** @example Baeum Hall 201 */
            roomNameEn: string | null;
            /** @example 배움관 201호 */
            roomNameKo: string | null;
            /**
             * @description Free seats, from enrollment
             * @example 30
             */
            seatsFree: number | null;
            /**
             * Format: date
             * @example 2027-03-02
             */
            startDate: string;
            status: components["schemas"]["CohortStatus"];
            /** @description Why it was cancelled */
            statusReason: string | null;
            underFilled: boolean;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Trainees waiting, as enrollment last reported them
             * @example 0
             */
            waitlisted: number;
        };
        CohortRosterView: {
            applications: components["schemas"]["RosterApplicationView"][];
            cohort: components["schemas"]["EnrollmentCohortView"];
            quotas: components["schemas"]["AgencyQuotaFillView"][];
        };
        /** @enum {string} */
        CohortStatus: "scheduled" | "cancelled" | "completed";
        CohortView: {
            agencyQuotas: components["schemas"]["CohortAgencyQuotaView"][];
            /**
             * Format: date
             * @example 2027-02-23
             */
            applicationCloses: string;
            /**
             * Format: date
             * @example 2027-02-02
             */
            applicationOpens: string;
            approval: components["schemas"]["ApprovalSteps"];
            /** @example NEWCOMER */
            budgetLineCode: string;
            /**
             * Format: date
             * @description Last day a trainee may cancel by themselves
             * @example 2027-02-27
             */
            cancellationCloses: string;
            /** @example 30 */
            capacity: number;
            /**
             * @description 기수 번호 within its course
             * @example 1
             */
            cohortNo: number;
            /**
             * @description Seats confirmed, as enrollment last reported them
             * @example 0
             */
            confirmed: number;
            /** @example NEWCOMER */
            courseCode: string;
            /** Format: uuid */
            courseId: string;
            /** @example Newcomer training course */
            courseNameEn: string;
            /** @example 신임자 교육과정 */
            courseNameKo: string;
            /** Format: date-time */
            createdAt: string;
            /** @example 18:00 */
            dailyEndTime: string;
            /** @example 09:00 */
            dailyStartTime: string;
            deliveryMode: components["schemas"]["DeliveryMode"];
            /**
             * Format: date
             * @example 2027-03-06
             */
            endDate: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            estimatedCost: string;
            /** Format: date-time */
            fillUpdatedAt: string | null;
            /** Format: uuid */
            id: string;
            instructors: components["schemas"]["CohortInstructorView"][];
            /** @description Why a cohort that had already ended was scheduled after the fact */
            lateEntryReason: string | null;
            /** @example 0 */
            minimumFill: number;
            /**
             * Format: date
             * @example 2027-02-23
             */
            minimumFillCutoff: string;
            /** Format: uuid */
            roomId: string | null;
            /** @example Baeum Hall 201 */
            roomNameEn: string | null;
            /** @example 배움관 201호 */
            roomNameKo: string | null;
            /**
             * Format: date
             * @example 2027-03-02
             */
            startDate: string;
            status: components["schemas"]["CohortStatus"];
            /** @description Why it was cancelled */
            statusReason: string | null;
            underFilled: boolean;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Trainees waiting, as enrollment last reported them
             * @example 0
             */
            waitlisted: number;
        };
        /** @enum {string} */
        CommitmentCause: "cohort" | "meals" | "sitting" | "manual";
        /** @enum {string} */
        CommitmentStatus: "booked" | "held" | "withdrawn";
        CommitmentSummaryView: {
            /**
             * @description The amount asked for when it was recorded, integer won as a string
             * @example 12000000
             */
            amount: string;
            cause: components["schemas"]["CommitmentCause"];
            /**
             * Format: uuid
             * @description The cohort or sitting it is for; null for an officer’s own commitment
             */
            causeId: string | null;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            committed: string;
            /** @example 1월 교재 인쇄 계약 */
            description: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            paid: string;
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description The user's name, or the service whose event it was
             * @example 최재무
             */
            recordedByName: string;
            /**
             * @description The event that caused it; null when an officer recorded it
             * @example curriculum.cohort.scheduled
             */
            sourceEventType: string | null;
            status: components["schemas"]["CommitmentStatus"];
        };
        CommitmentView: {
            /**
             * @description The amount asked for when it was recorded, integer won as a string
             * @example 12000000
             */
            amount: string;
            /** @example NEWCOMER */
            budgetLineCode: string;
            cause: components["schemas"]["CommitmentCause"];
            /**
             * Format: uuid
             * @description The cohort or sitting it is for; null for an officer’s own commitment
             */
            causeId: string | null;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            committed: string;
            /** @example 1월 교재 인쇄 계약 */
            description: string;
            /** @example 2022 */
            fiscalYear: number;
            /** Format: uuid */
            id: string;
            /** @description The line is now past its current budget amount (a warn or ignore line) */
            lineExceeded: boolean;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            paid: string;
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description The user's name, or the service whose event it was
             * @example 최재무
             */
            recordedByName: string;
            /**
             * @description The event that caused it; null when an officer recorded it
             * @example curriculum.cohort.scheduled
             */
            sourceEventType: string | null;
            status: components["schemas"]["CommitmentStatus"];
        };
        CompetencyRatingDto: {
            /** @example 이해관계자의 입장을 구체적으로 확인함 */
            comment?: string;
            /** @example policy_management */
            competency: string;
            score: number;
        };
        /** @enum {string} */
        CompletionImportStatus: "created" | "running" | "finished" | "failed";
        CompletionImportView: {
            /** @description Applications here that the imported rows completed */
            applicationsCompleted: number;
            bytesRead: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Records already there (a re-import adds nothing twice) */
            duplicates: number;
            /** @description Why a failed import failed (text) */
            failure?: string | null;
            /** @description Why a failed import failed (code) */
            failureCode?: components["schemas"]["ErrorCode"] | null;
            /** @description The failure code's parameters */
            failureParams?: {
                [key: string]: unknown;
            } | null;
            /** @example lms-completions-2021.csv */
            fileName: string;
            /** Format: date-time */
            finishedAt?: string | null;
            /** Format: uuid */
            id: string;
            /** @description New completion records */
            imported: number;
            /** @description Rows refused; the errors file names each by line */
            rejected: number;
            rowsRead: number;
            status: components["schemas"]["CompletionImportStatus"];
            totalBytes: number;
        };
        /** @enum {string} */
        CompletionStatus: "completed" | "not_completed";
        ConfigureBookDto: {
            /**
             * @description Revenue line that exam fees are booked on
             * @example NEWCOMER
             */
            feeRevenueLineCode?: string | null;
            /**
             * @description Meal cost of one trainee for one training day (won)
             * @example 12000000
             */
            mealCostPerDay?: number | null;
            /**
             * @description Line that trainee meals are booked on
             * @example NEWCOMER
             */
            mealLineCode?: string | null;
        };
        ConfigureLineDto: {
            control?: components["schemas"]["BudgetControl"];
            /**
             * Format: uuid
             * @description The line's officer; null for every finance officer
             */
            officerUserId?: string | null;
        };
        ConfirmPasswordResetDto: {
            /** @description 10자 이상, 흔하거나 유출된 비밀번호는 안 됨 (AUTH.WEAK_PASSWORD) / at least 10 characters, not common, breached or easy to guess */
            newPassword: string;
            /** @description the token of the link (/password-reset/confirm?token=…) */
            token: string;
        };
        ConflictDto: {
            /** @example S2019-00417 */
            employeeNo: string;
            /** @example 전 소속 부서장 */
            reason: string;
        };
        CourseAssessmentDto: {
            passed: boolean;
        };
        CourseBriefView: {
            /** @example NEWCOMER */
            code: string;
            /** @example 2021 */
            fiscalYear: number;
            /** Format: uuid */
            id: string;
            /** @example Newcomer training course */
            nameEn: string;
            /** @example 신임자 교육과정 */
            nameKo: string;
        };
        CourseDetailView: {
            /** @example NEWCOMER */
            budgetLineCode: string | null;
            /** @example NEWCOMER */
            code: string;
            cohorts: components["schemas"]["CohortView"][];
            /** @example 80 */
            completionMinAttendancePercent: number;
            completionRequiresAssessment: boolean;
            deliveryMode: components["schemas"]["DeliveryMode"];
            /**
             * @description '' when not written
             * @example Public-service values and basic practice for new appointees
             */
            descriptionEn: string;
            /**
             * @description 과정 소개; '' when not written
             * @example 신규 임용자가 공직 가치와 기본 실무를 익히는 과정
             */
            descriptionKo: string;
            educationType: components["schemas"]["EducationType"];
            /** @example basic_competency */
            fieldCode: string;
            /** @example 2022 */
            fiscalYear: number;
            /** @description Made up by the Seoul data loader where the source gives only totals (생성) */
            generated: boolean;
            /** @example 105 */
            hours: number;
            /** Format: uuid */
            id: string;
            /** @example Newcomer training course */
            nameEn: string;
            /** @example 신임자 교육과정 */
            nameKo: string;
            openToOtherProvinces: boolean;
            /** @description The course in each plan version, oldest first */
            plans: components["schemas"]["CoursePlanView"][];
            replacedBy: components["schemas"]["CourseBriefView"][];
            replaces: components["schemas"]["CourseBriefView"] | null;
            /**
             * Format: uuid
             * @description The earlier course a merged course replaces
             */
            replacesCourseId: string | null;
            /** @description Where the course and its figures come from in the source */
            sourceNote: string | null;
            /** @example new_appointment */
            subfieldCode: string | null;
            /**
             * @description Civil-service grades (1–9) it is for; empty means every grade
             * @example [
             *       9
             *     ]
             */
            targetGrades: number[];
            /**
             * @description Positions (직위) it is for; empty means every position
             * @example []
             */
            targetPositions: string[];
            /** Format: date-time */
            updatedAt: string;
            /** @description 계속, 신설, 개선, 통합·대체 */
            yearStatus: components["schemas"]["CourseStatus"];
        };
        CoursePageInstructorView: {
            /** @example 서울시 정보화담당관 */
            affiliation: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["InstructorKind"];
            /** @example 김민수 */
            name: string;
        };
        CoursePlanView: {
            /** @example 2022 */
            fiscalYear: number;
            kind: components["schemas"]["PlanVersionKind"];
            /** @example 2022 plan (draft) */
            labelEn: string;
            /** @example 2022년 계획(안) */
            labelKo: string;
            /**
             * @example [
             *       1,
             *       1,
             *       1,
             *       0
             *     ]
             */
            sessions: number[];
            status: components["schemas"]["PlanVersionStatus"];
            /**
             * @example [
             *       30,
             *       30,
             *       30,
             *       0
             *     ]
             */
            trainees: number[];
            /** Format: uuid */
            versionId: string;
            /** @example 1 */
            versionNo: number;
        };
        /** @enum {string} */
        CourseStatus: "continued" | "new" | "improved" | "merged";
        CourseView: {
            /** @example NEWCOMER */
            budgetLineCode: string | null;
            /** @example NEWCOMER */
            code: string;
            /** @example 80 */
            completionMinAttendancePercent: number;
            completionRequiresAssessment: boolean;
            deliveryMode: components["schemas"]["DeliveryMode"];
            /**
             * @description '' when not written
             * @example Public-service values and basic practice for new appointees
             */
            descriptionEn: string;
            /**
             * @description 과정 소개; '' when not written
             * @example 신규 임용자가 공직 가치와 기본 실무를 익히는 과정
             */
            descriptionKo: string;
            educationType: components["schemas"]["EducationType"];
            /** @example basic_competency */
            fieldCode: string;
            /** @example 2022 */
            fiscalYear: number;
            /** @description Made up by the Seoul data loader where the source gives only totals (생성) */
            generated: boolean;
            /** @example 105 */
            hours: number;
            /** Format: uuid */
            id: string;
            /** @example Newcomer training course */
            nameEn: string;
            /** @example 신임자 교육과정 */
            nameKo: string;
            openToOtherProvinces: boolean;
            /**
             * Format: uuid
             * @description The earlier course a merged course replaces
             */
            replacesCourseId: string | null;
            /** @description Where the course and its figures come from in the source */
            sourceNote: string | null;
            /** @example new_appointment */
            subfieldCode: string | null;
            /**
             * @description Civil-service grades (1–9) it is for; empty means every grade
             * @example [
             *       9
             *     ]
             */
            targetGrades: number[];
            /**
             * @description Positions (직위) it is for; empty means every position
             * @example []
             */
            targetPositions: string[];
            /** Format: date-time */
            updatedAt: string;
            /** @description 계속, 신설, 개선, 통합·대체 */
            yearStatus: components["schemas"]["CourseStatus"];
        };
        CreateAdminUserDto: {
            /**
             * @description Required for agency roles (agency_admin)
             * @example MAPO-GU
             */
            agencyCode?: string | null;
            /** @example park.staff@seoul-hrd.example */
            email: string;
            /** @example 박운영 */
            name: string;
            /** @description The first held in menu order is the primary role */
            roles: components["schemas"]["AssignableRole"][];
        };
        CreateAgencyDto: {
            /**
             * @description Upper-case letters, digits and -, 2-40; unique in the institute
             * @example MAPO-GU
             */
            code: string;
            /**
             * @description Seats per cohort an agency is given unless a cohort says otherwise (0-1000)
             * @example 2
             */
            defaultQuota: number;
            kind: components["schemas"]["AgencyKind"];
            /** @example Mapo-gu Office */
            nameEn: string;
            /** @example 마포구청 */
            nameKo: string;
        };
        CreateAssessmentRoundDto: {
            /** @example 2 */
            assessorsPerTechnique?: number;
            /** @example 2027-05-18 */
            heldOn: string;
            /**
             * @description sittings allowed per official for this grade
             * @example 3
             */
            maxAttempts?: number;
            /**
             * @description least overall score to pass, in hundredths (250 = 2.50 of 5)
             * @example 250
             */
            passThreshold?: number;
            /**
             * Format: uuid
             * @description the preparatory course cohort (역량평가 이해과정) from curriculum
             */
            prepCohortId?: string;
            /** @example 1 */
            roundNo: number;
            /** @enum {number} */
            targetGrade: 4 | 5;
            /** @example 2027 */
            year: number;
        };
        CreateAssessorDto: {
            /**
             * @description their own agency, if they serve in one
             * @example SEOUL-PLANNING
             */
            agencyCode?: string;
            /** @example 한평가 */
            nameKo: string;
            /**
             * Format: uuid
             * @description their sign-in (role assessor)
             */
            userId: string;
        };
        CreateCategoryDto: {
            /** @example digital_transformation */
            code: string;
            kind: components["schemas"]["CategoryKind"];
            /** @example Digital transformation */
            nameEn: string;
            /** @example 디지털 전환 */
            nameKo: string;
            /** @description The field a subfield belongs to */
            parentCode?: string;
            sortOrder?: number;
        };
        CreateCompletionImportDto: {
            /** @example lms-completions-2021.csv */
            fileName: string;
            /** @description Size of the file in bytes, for the progress bar */
            totalBytes: number;
        };
        CreateCourseDto: {
            /** @example ICT */
            budgetLineCode?: string;
            /** @example IT-AI-DOCS */
            code: string;
            /** @example 80 */
            completionMinAttendancePercent?: number;
            completionRequiresAssessment?: boolean;
            deliveryMode: components["schemas"]["DeliveryMode"];
            /** @example Hands-on drafting of reports and letters with generative AI */
            descriptionEn?: string;
            /** @example 생성형 AI로 보고서와 공문 초안을 만드는 실습 과정 */
            descriptionKo?: string;
            educationType: components["schemas"]["EducationType"];
            /** @example job_competency */
            fieldCode: string;
            /** @example 2023 */
            fiscalYear: number;
            /** @example 21 */
            hours: number;
            /** @example Document automation with AI */
            nameEn: string;
            /** @example AI 활용 문서 자동화 */
            nameKo: string;
            openToOtherProvinces?: boolean;
            /**
             * Format: uuid
             * @description The earlier course a merged course replaces
             */
            replacesCourseId?: string;
            /** @example it */
            subfieldCode?: string;
            /**
             * @example [
             *       5,
             *       6
             *     ]
             */
            targetGrades?: number[];
            /**
             * @example [
             *       "팀장"
             *     ]
             */
            targetPositions?: string[];
            yearStatus?: components["schemas"]["CourseStatus"];
        };
        CreateDemandSurveyDto: {
            /** @example 2027-01-31 */
            closesOn: string;
            /** Format: uuid */
            courseId?: string;
            /** @example 2027-01-02 */
            opensOn: string;
            /** @example 2027 AI training pre-survey */
            titleEn: string;
            /** @example 2027년 AI 연수 사전 수요조사 */
            titleKo: string;
        };
        CreatedInstituteView: {
            admin: components["schemas"]["InstituteAdminView"];
            institute: components["schemas"]["InstituteView"];
        };
        CreateExamDto: {
            /** @example 2026-10-27 */
            announcedOn: string;
            /** @example 2027-01-07T09:00:00Z */
            applicationClosesAt: string;
            /** @example 2027-01-03T00:00:00Z */
            applicationOpensAt: string;
            /**
             * @default RECRUITMENT-EXAMS
             * @example RECRUITMENT-EXAMS
             */
            budgetLineCode: string;
            /**
             * @description last instant to cancel; exam numbers are given after it
             * @example 2027-02-15T09:00:00Z
             */
            cancellationClosesAt: string;
            /** @description the same in English, for applicants reading in English; at most 2,000 characters; empty clears it */
            eligibilityEn?: string;
            /**
             * @description 응시자격 in the announcement's own words, beyond what the system checks (age, residency): at most 2,000 characters; empty clears it
             * @example 「지방공무원법」 제31조의 결격사유에 해당하거나 「지방공무원 임용령」 제65조에 따라 응시자격이 정지된 사람은 응시할 수 없습니다.
             */
            eligibilityKo?: string;
            /** @description fees by grade; the decree’s fees where not given */
            fees?: components["schemas"]["FeeDto"][];
            /** @example 2027-05-13 */
            interviewEndsOn?: string;
            /** @example 2027-05-09 */
            interviewStartsOn?: string;
            kind: components["schemas"]["ExamKind"];
            /** @description 자격증 가산점 rules; at most 50 */
            licenceBonusRules?: components["schemas"]["LicenceBonusRuleDto"][];
            /** @example 2027-01-01 */
            residencyCutoffOn?: string;
            /** @example 세종특별자치시 */
            residencyRegionKo?: string;
            /** @example 2027-05-27 */
            resultOn: string;
            /** @example 1 */
            roundNo: number;
            /** @example 418 */
            selectionPlanned: number;
            /** @default false */
            selectionTentative: boolean;
            /**
             * @description 시험과목 as the announcement lists them, in order; at most 10, each 1 to 50 characters
             * @example [
             *       "국어",
             *       "영어",
             *       "한국사",
             *       "행정법총론",
             *       "행정학개론"
             *     ]
             */
            subjects?: string[];
            /** @example 2027 Seoul local civil service open competitive exam, round 1 */
            titleEn: string;
            /** @example 2027년도 제1회 서울특별시 지방공무원 공개경쟁임용시험 */
            titleKo: string;
            /**
             * @description required for open recruitment
             * @example 2027-02-26
             */
            writtenExamOn?: string;
            /** @example 2027 */
            year: number;
        };
        CreateExamRoomDto: {
            accommodations?: components["schemas"]["AccommodationKind"][];
            /** @example 301호 */
            name: string;
            /** @example 30 */
            seats: number;
        };
        CreateInstituteDto: {
            /** @example admin@busan-hrd.example */
            adminEmail: string;
            /** @example 김관리 */
            adminName: string;
            /**
             * @description The code people type at sign-in; unique
             * @example busan-hrd
             */
            code: string;
            /** @example Busan Metropolitan HRD Institute */
            nameEn: string;
            /** @example 부산광역시 인재개발원 */
            nameKo: string;
        };
        CreateInstructorDto: {
            /** @example 서울연구원 */
            affiliation?: string;
            /** @example lecturer@example.org */
            email?: string;
            kind: components["schemas"]["InstructorKind"];
            /** @example 김강사 */
            name: string;
            /** @example 02-123-4567 */
            phone?: string;
            /** @example 도시계획국 추천 */
            recommendedBy?: string;
            /**
             * @example [
             *       "도시계획",
             *       "주택정책"
             *     ]
             */
            specialties?: string[];
        };
        CreateInterviewerDto: {
            /** @example 서울대학교 행정대학원 */
            affiliation: string;
            /** @example 인사행정 */
            expertise: string;
            /** @default true */
            external: boolean;
            /** @example 박면접 */
            nameKo: string;
        };
        CreatePlanVersionDto: {
            /**
             * Format: uuid
             * @description The version whose lines the new one starts from
             */
            basedOnId?: string;
            /** @example 2023 */
            fiscalYear: number;
            kind: components["schemas"]["PlanVersionKind"];
            /** @example 2023 plan, changed */
            labelEn?: string;
            /** @example 2023년 계획 변경 */
            labelKo?: string;
        };
        CreatePositionDto: {
            /** @example 9 */
            grade: number;
            /**
             * @description job series code (직렬)
             * @example general_admin
             */
            jobSeries: string;
            /** @example 일반행정 */
            jobSeriesKo: string;
            /** @description least age in the year of the exam; 20 for grade 7 and above, else 18 */
            minAge?: number;
            /** @example 250 */
            openings: number;
            /** @default general */
            track: components["schemas"]["PositionTrack"];
        };
        CreateRoomDto: {
            /** @example 배움관 */
            building?: string;
            /** @example 60 */
            capacity: number;
            /** @example BAEUM-301 */
            code: string;
            /**
             * @example [
             *       "빔프로젝터",
             *       "전자칠판"
             *     ]
             */
            equipment?: string[];
            kind: components["schemas"]["RoomKind"];
            /** @example Baeum Hall 301 */
            nameEn: string;
            /** @example 배움관 301호 */
            nameKo: string;
        };
        CreateTraineeAccountDto: {
            /**
             * @description Institute staff choose the agency; an agency admin's is their own
             * @example MAPO-GU
             */
            agencyCode?: string;
            /** @example kim.seoul@mapo.example */
            email: string;
            /** @example MAPO-2024-011 */
            employeeNo?: string;
            /** @example 9급 */
            grade?: string;
            /** @example 행정 */
            jobSeries?: string;
            /** @example 김서울 */
            name: string;
            /** @example 주무관 */
            position?: string;
        };
        CreateTraineeDto: {
            /**
             * @description Institute staff choose the agency; an agency admin's is their own
             * @example MAPO-GU
             */
            agencyCode?: string;
            /**
             * @description 직원번호 / staff number
             * @example S2022-0042
             */
            employeeNo?: string;
            /**
             * @description 직급 / grade
             * @example 7급
             */
            grade?: string;
            /**
             * @description 직렬 / job series
             * @example 행정
             */
            jobSeries?: string;
            /** @example 김서울 */
            name: string;
            /**
             * @description 직위 / position
             * @example 주무관
             */
            position?: string;
            /**
             * Format: uuid
             * @description The sign-in account to link (the gateway sets it when it creates one)
             */
            userId?: string;
        };
        CreateVenueDto: {
            /** @example 서울특별시 마포구 월드컵로 123 */
            address: string;
            /**
             * @description the district office offering the venue
             * @example MAPO-GU
             */
            agencyCode: string;
            /** @example 서울마포중학교 */
            nameKo: string;
        };
        CurriculumSettingsView: {
            /** @description When the distancing rule was just switched on: the cohorts whose capacity it lowered */
            adjustedCohorts?: components["schemas"]["DistancingAdjustmentView"][];
            /** @example 18:00 */
            defaultDailyEnd: string;
            /**
             * @description Daily hours a new cohort gets when none are given
             * @example 09:00
             */
            defaultDailyStart: string;
            /** @description 일상회복 1단계 거리두기: half a room, fewer than 100 people */
            distancingEnabled: boolean;
        };
        DeclaredInterviewerConflictView: {
            /** Format: uuid */
            applicationId: string;
            /** Format: date-time */
            declaredAt: string;
            /** Format: uuid */
            examId: string;
            /** Format: uuid */
            interviewerId: string;
            /** @example 박면접 */
            interviewerNameKo: string;
            /** @example 응시자의 대학 지도교수 */
            reason: string;
            /** @description schedule the interviews again to keep the interviewer off the panel */
            reschedule: boolean;
            /** Format: uuid */
            tenantId: string;
        };
        DeclareInterviewerConflictDto: {
            /**
             * Format: uuid
             * @description the candidate's application
             */
            applicationId: string;
            /** Format: uuid */
            interviewerId: string;
            /** @example 응시자의 대학 지도교수 */
            reason: string;
        };
        DeliveryLogEntryView: {
            /** @example finance@seoul-hrd.example */
            address: string;
            /** @example 1 */
            attempts: number;
            /** @example email */
            channel: string;
            createdAt: string;
            /** Format: uuid */
            eventId: string;
            /** @example finance.line.threshold_crossed */
            eventType: string;
            /** Format: uuid */
            id: string;
            /** @description The last failure's reason (no addresses) */
            lastError: string | null;
            /** @description When the next attempt is due; null once sent or given up */
            nextAttemptAt: string | null;
            /** @description The recipient's user id */
            recipient: string;
            sentAt: string | null;
            status: components["schemas"]["DeliveryStatus"];
            /** @example [예산] NEWCOMER 집행률 80% 도달 / Budget line NEWCOMER passed 80% */
            subject: string;
            /** @example budget-threshold-crossed */
            template: string;
            updatedAt: string;
        };
        DeliveryLogPageView: {
            items: components["schemas"]["DeliveryLogEntryView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 42 */
            total: number;
        };
        /** @enum {string} */
        DeliveryMode: "face_to_face" | "remote" | "blended_cohort" | "blended_course" | "e_learning";
        /** @enum {string} */
        DeliveryStatus: "pending" | "sent" | "failed";
        DemandSurveyAnswerDto: {
            comment?: string;
            constraints?: components["schemas"]["SurveyConstraint"][];
            /** @example 10:00 */
            earliestStart: string;
            /** @description 육아로 인해 연수 참여가 어렵다 */
            hardDueToChildcare: boolean;
            /** @example 16:00 */
            latestEnd: string;
            preferredDays?: components["schemas"]["SurveyWeekday"][];
            /** @description 육아 친화적 연수 운영에 찬성한다 */
            wantsChildcareFriendly: boolean;
        };
        DemandSurveyAnswerReceiptView: {
            /**
             * Format: uuid
             * @description The new response
             */
            id: string;
        };
        DemandSurveyResponseView: {
            /** @example MAPO-GU */
            agencyCode: string | null;
            comment: string | null;
            /**
             * @example [
             *       "childcare"
             *     ]
             */
            constraints: string[];
            /** @example 10:00 */
            earliestStart: string;
            generated: boolean;
            hardDueToChildcare: boolean;
            /** Format: uuid */
            id: string;
            /** @example 16:00 */
            latestEnd: string;
            /**
             * @example [
             *       "tue",
             *       "wed",
             *       "thu"
             *     ]
             */
            preferredDays: string[];
            /** Format: date-time */
            submittedAt: string;
            /** Format: uuid */
            surveyId: string;
            wantsChildcareFriendly: boolean;
        };
        DemandSurveyResultsView: {
            /** @description The same for those who find childcare makes training hard */
            childcareSuggestion: components["schemas"]["SuggestedHoursView"] | null;
            constraints: components["schemas"]["DemandSurveyShareView"][];
            /** @description When respondents can start */
            earliestStarts: components["schemas"]["DemandSurveyShareView"][];
            /** @description 육아로 인한 연수 참여의 어려움 */
            hardDueToChildcare: components["schemas"]["DemandSurveyShareView"];
            /** @description When respondents must leave */
            latestEnds: components["schemas"]["DemandSurveyShareView"][];
            preferredDays: components["schemas"]["DemandSurveyShareView"][];
            /** @example 50 */
            respondents: number;
            suggestion: components["schemas"]["SuggestedHoursView"] | null;
            survey: components["schemas"]["DemandSurveyView"];
            /** @description 육아 친화적 연수 운영 찬성 */
            wantsChildcareFriendly: components["schemas"]["DemandSurveyShareView"];
        };
        DemandSurveyShareView: {
            /**
             * @description What was answered: a constraint, a weekday, a time, or the question
             * @example childcare
             */
            code: string;
            /** @example 31 */
            count: number;
            /** @example 62 */
            share: number;
        };
        DemandSurveyView: {
            /**
             * Format: date
             * @example 2027-01-31
             */
            closesOn: string;
            /**
             * Format: uuid
             * @description The course it is about, if any
             */
            courseId: string | null;
            /** @description Answers made up by the demo loader to match published shares */
            generated: boolean;
            /** Format: uuid */
            id: string;
            /** @description Takes answers today */
            open: boolean;
            /**
             * Format: date
             * @example 2027-01-02
             */
            opensOn: string;
            /** @example 50 */
            responses: number;
            sourceNote: string | null;
            /** @example 2027 AI training pre-survey */
            titleEn: string;
            /** @example 2027년 AI 연수 사전 수요조사 */
            titleKo: string;
        };
        DistancingAdjustmentView: {
            /** @example 3 */
            cohortNo: number;
            /** @example 핵심가치 교육과정 */
            courseNameKo: string;
            /** @example 150 */
            from: number;
            /**
             * Format: uuid
             * @description The cohort
             */
            id: string;
            /** @example 99 */
            to: number;
        };
        DocumentScreeningDto: {
            decisions: components["schemas"]["ScreeningDecisionDto"][];
        };
        DocumentScreeningView: {
            passed: number;
            screened: number;
        };
        EditApplicationDto: {
            accommodations?: components["schemas"]["AccommodationDto"][];
            /** @description 최종학력 */
            education?: components["schemas"]["EducationDto"];
            /** @description 본인 확인 reference (POST /identity-verifications); the application's name and birth date are the verified ones */
            identityVerificationRef?: string;
            /** @description 자격증·면허, at most 10 */
            licences?: components["schemas"]["LicenceDto"][];
            /** @example 김응시 */
            nameKo?: string;
            /** @example 010-1234-5678 */
            phone?: string;
            /**
             * @description 의사상자 등 가점; one statutory bonus at most
             * @default 0
             * @enum {number}
             */
            rescuerBonusPercent: 0 | 3 | 5;
            /** @description years of residence in the region in total */
            residencyYears?: number;
            /** @example 2019-03-01 */
            residentSince?: string;
            /** @example 서울북부보훈지청-2022-0113 */
            trackEvidence?: string;
            /**
             * @default 0
             * @enum {number}
             */
            veteransBonusPercent: 0 | 5 | 10;
        };
        EducationDto: {
            level: components["schemas"]["EducationLevel"];
            /** @example 행정학 */
            major?: string;
            /** @example 한국대학교 */
            school: string;
            status: components["schemas"]["GraduationStatus"];
        };
        /** @enum {string} */
        EducationLevel: "high_school" | "junior_college" | "bachelor" | "master" | "doctorate";
        /** @enum {string} */
        EducationType: "general" | "e_learning";
        EducationView: {
            level: components["schemas"]["EducationLevel"];
            /** @example 행정학 */
            major: string | null;
            /** @example 한국대학교 */
            school: string;
            status: components["schemas"]["GraduationStatus"];
        };
        EnrollmentApplicationView: {
            /** @example MAPO-GU */
            agencyCode: string;
            /** Format: date-time */
            appliedAt: string;
            /** @description The course's assessment, where its completion rule requires one */
            assessmentPassed: boolean | null;
            attendancePercent: number | null;
            /** @description Whose approval it awaits */
            awaiting: components["schemas"]["Approver"] | null;
            /** @example 2027-000042 */
            certificateNo: string | null;
            /**
             * Format: date-time
             * @description When staff revoked the certificate (수료증 취소)
             */
            certificateRevokedAt: string | null;
            /** @description Why the certificate was revoked */
            certificateRevokeReason: string | null;
            /** Format: uuid */
            cohortId: string;
            /** Format: date */
            completedOn: string | null;
            completionStatus: components["schemas"]["CompletionStatus"] | null;
            /** Format: date-time */
            confirmedAt: string | null;
            employeeNo: string | null;
            /** Format: date-time */
            endedAt: string | null;
            endReason: components["schemas"]["EnrollmentEndReason"] | null;
            /** @example 7급 */
            grade: string | null;
            /**
             * Format: uuid
             * @description The institute that runs the cohort
             */
            hostTenantId: string;
            /** Format: uuid */
            id: string;
            /** @example 행정 */
            jobSeries: string | null;
            /** @example 주무관 */
            position: string | null;
            /** @description E-learning progress (진도율) in percent */
            progressPercent: number | null;
            /** @description The agency's rank, 1 first; null after every ranked one */
            rank: number | null;
            status: components["schemas"]["EnrollmentStatus"];
            /** Format: uuid */
            traineeId: string;
            /** @example 김서울 */
            traineeName: string;
            /**
             * Format: uuid
             * @description The trainee's home institute
             */
            traineeTenantId: string;
            via: components["schemas"]["EnrollmentRoute"];
            /** Format: date-time */
            waitlistedAt: string | null;
        };
        /** @enum {string} */
        EnrollmentCohortStatus: "scheduled" | "cancelled" | "completed";
        EnrollmentCohortView: {
            /**
             * Format: date
             * @description The last day applications are taken
             */
            applicationCloses: string;
            /**
             * Format: date
             * @description null: open until it closes
             */
            applicationOpens: string | null;
            approval: components["schemas"]["ApprovalSteps"];
            /**
             * Format: date
             * @description The last day a trainee may give up a confirmed seat by themselves
             */
            cancellationCloses: string;
            capacity: number;
            /** Format: uuid */
            cohortId: string;
            /** @description 기수 / cohort number */
            cohortNo: number | null;
            /** @example 80 */
            completionMinAttendancePercent: number;
            completionRequiresAssessment: boolean;
            confirmed: number;
            /** @example NEWCOMER */
            courseCode: string | null;
            /** Format: uuid */
            courseId: string | null;
            /** @example Newcomer training */
            courseNameEn: string | null;
            /** @example 신임자 교육과정 */
            courseNameKo: string | null;
            /** @example 18:00 */
            dailyEndTime: string | null;
            /**
             * @description HH:MM; null for e-learning (no hours)
             * @example 09:00
             */
            dailyStartTime: string | null;
            deliveryMode: components["schemas"]["DeliveryMode"];
            educationType: components["schemas"]["EducationType"];
            /**
             * Format: date
             * @example 2027-03-06
             */
            endDate: string;
            /** @example LEADERSHIP */
            fieldCode: string | null;
            /** @description Seats left: capacity − confirmed, never below 0 */
            free: number;
            /**
             * Format: uuid
             * @description The institute that runs the cohort
             */
            hostTenantId: string;
            instructors: components["schemas"]["EnrollmentInstructorView"][];
            /** @description 최소 인원 / minimum fill (0: none) */
            minimumFill: number;
            /** Format: date */
            minimumFillCutoff: string | null;
            /** @description 타 시도 공무원 수강 가능 / open to officials of other provinces */
            openToOtherProvinces: boolean;
            /** @description Seats were allocated after applications closed (selection) */
            selectionDone: boolean;
            /**
             * Format: date
             * @example 2027-03-02
             */
            startDate: string;
            status: components["schemas"]["EnrollmentCohortStatus"];
            underFillDecision: components["schemas"]["UnderFillDecision"] | null;
            /** @description Below its minimum at the cut-off and awaiting a decision */
            underFilled: boolean;
            waitlisted: number;
        };
        /** @enum {string} */
        EnrollmentEndReason: "cancelled" | "withdrawn" | "rejected" | "cohort_cancelled" | "merged" | "waitlist_closed";
        EnrollmentInstructorView: {
            /** Format: uuid */
            instructorId: string;
            /** @example 김강사 */
            name: string;
        };
        /** @enum {string} */
        EnrollmentRoute: "application" | "nomination" | "staff";
        /** @enum {string} */
        EnrollmentStatus: "pending" | "approved" | "waitlisted" | "confirmed" | "cancelled" | "rejected";
        EntryReversalView: {
            /**
             * @description The reversed entry's amount with the opposite sign, integer won as a string
             * @example -3300000
             */
            amount: string;
            /**
             * Format: date
             * @example 2027-03-02
             */
            bookedOn: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            reversesEntryId: string;
        };
        ErrorBody: {
            /** @example VALIDATION */
            code: components["schemas"]["ErrorCode"];
            errors?: components["schemas"]["FieldErrorBody"][];
            /** @description The field a domain rule concerns, when it concerns one */
            field?: string;
            /** @example Invalid input */
            message: string;
            /** @description The code's parameters: a rule's limits (`max`, `min`, `values`), the name of what clashed, an amount in won. */
            params?: {
                [key: string]: string | number | boolean | (string | number)[];
            };
            /** @example 400 */
            statusCode: number;
        };
        /** @enum {string} */
        ErrorCode: "VALIDATION" | "VALIDATION.REQUIRED" | "VALIDATION.UNKNOWN_FIELD" | "VALIDATION.INTEGER" | "VALIDATION.NUMBER" | "VALIDATION.TEXT" | "VALIDATION.BOOLEAN" | "VALIDATION.LIST" | "VALIDATION.OBJECT" | "VALIDATION.MIN" | "VALIDATION.MAX" | "VALIDATION.MIN_LENGTH" | "VALIDATION.MAX_LENGTH" | "VALIDATION.LENGTH" | "VALIDATION.MIN_ITEMS" | "VALIDATION.MAX_ITEMS" | "VALIDATION.UNIQUE_ITEMS" | "VALIDATION.ONE_OF" | "VALIDATION.EMAIL" | "VALIDATION.PHONE" | "VALIDATION.ID" | "VALIDATION.DATE" | "VALIDATION.TIME" | "VALIDATION.FORMAT" | "VALIDATION.CONTROL_CHARACTER" | "VALIDATION.ENCODING" | "VALIDATION.INVALID" | "BAD_REQUEST" | "UNAUTHORIZED" | "AUTH.TOKEN_INVALID" | "AUTH.PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "FILE.TOO_LARGE" | "FILE.UNPACKED_TOO_LARGE" | "FILE.TOO_MANY_ROWS" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "REQUEST.IN_PROGRESS" | "REQUEST.KEY_REUSED" | "UNAVAILABLE" | "UPSTREAM.UNAVAILABLE" | "UPSTREAM.FAILED" | "INTERNAL" | "AUTH.BAD_CREDENTIALS" | "AUTH.PASSWORD_RULE" | "AUTH.WEAK_PASSWORD" | "AUTH.WRONG_CURRENT_PASSWORD" | "AUTH.SAME_PASSWORD" | "AUTH.EMAIL_TAKEN" | "AUTH.PRIVACY_CONSENT_REQUIRED" | "AUTH.INSTITUTE_UNKNOWN" | "AUTH.USER_UNKNOWN" | "AUTH.VERIFICATION_INVALID" | "AUTH.RESET_INVALID" | "AUTH.PHONE_INVALID" | "ADMIN.SELF_DISABLE" | "ADMIN.SELF_DEMOTE" | "ADMIN.LAST_ADMIN" | "ADMIN.ROLE_NOT_ASSIGNABLE" | "AUTH.ROLE_NOT_HELD" | "INBOX.ITEM_NOT_FOUND" | "NOTIFY.QUIET_HOURS_EMPTY" | "NOTIFY.QUIET_HOURS_HALF" | "PLATFORM.INSTITUTE_CODE_TAKEN" | "PLATFORM.INSTITUTE_UNKNOWN" | "AUTH.INSTITUTE_INACTIVE" | "SETTINGS.IMAGE_REQUIRED" | "SETTINGS.IMAGE_TYPE" | "SETTINGS.IMAGE_DIMENSIONS" | "SETTINGS.IMAGE_NOT_FOUND" | "SETTINGS.HOLIDAY_REPEATED" | "CATEGORY.NOT_FOUND" | "CATEGORY.CODE_TAKEN" | "CATEGORY.PARENT_NOT_A_FIELD" | "CATEGORY.FIELD_HAS_PARENT" | "COURSE.NOT_FOUND" | "COURSE.CODE_TAKEN" | "COURSE.FIELD_UNKNOWN" | "COURSE.SUBFIELD_UNKNOWN" | "COURSE.E_LEARNING_MODE" | "COURSE.REPLACED_COURSE_REQUIRED" | "COURSE.REPLACES_ONLY_WHEN_MERGED" | "COURSE.REPLACED_COURSE_NOT_EARLIER" | "COURSE_YEAR.NOT_LATER" | "COURSE_YEAR.EMPTY" | "COURSE_YEAR.EXISTS" | "COHORT.NOT_FOUND" | "COHORT.ROOM_BOOKED" | "COHORT.INSTRUCTOR_BOOKED" | "COHORT.OVER_ROOM_CAPACITY" | "COHORT.E_LEARNING_ROOM" | "COHORT.E_LEARNING_MODE" | "COHORT.END_BEFORE_START" | "COHORT.IN_THE_PAST" | "COHORT.HOURS_REVERSED" | "COHORT.APPLICATION_CLOSES_BEFORE_OPENS" | "COHORT.APPLICATION_CLOSES_AFTER_START" | "COHORT.CANCELLATION_CLOSES_AFTER_START" | "COHORT.MINIMUM_FILL_OVER_CAPACITY" | "COHORT.MINIMUM_FILL_CUTOFF_AFTER_START" | "COHORT.QUOTA_AGENCY_REPEATED" | "COHORT.QUOTA_AGENCY_INACTIVE" | "COHORT.QUOTAS_OVER_CAPACITY" | "COHORT.BUDGET_LINE_REQUIRED" | "COHORT.BUDGET_LINE_UNKNOWN" | "COHORT.CAPACITY_BELOW_CONFIRMED" | "COHORT.CLOSED" | "COHORT.ALREADY_CLOSED" | "COHORT.NOT_ENDED" | "ROOM.NOT_FOUND" | "ROOM.CODE_TAKEN" | "INSTRUCTOR.NOT_FOUND" | "PLAN.NOT_FOUND" | "PLAN.PREVIOUS_YEAR_MISSING" | "PLAN.LINE_NOT_FOUND" | "PLAN.APPROVED" | "PLAN.ALREADY_APPROVED" | "PLAN.DRAFT_EXISTS" | "PLAN.ORIGINAL_EXISTS" | "PLAN.CHANGE_NEEDS_APPROVED" | "PLAN.COURSE_OTHER_YEAR" | "PLAN.E_LEARNING_SESSIONS" | "PLAN.TRAINEES_WITHOUT_SESSIONS" | "PLAN_IMPORT.FILE_REQUIRED" | "PLAN_IMPORT.FILE_TYPE" | "PLAN_IMPORT.FILE_UNREADABLE" | "PLAN_IMPORT.ROWS_INVALID" | "PLAN_IMPORT.MISSING_COLUMNS" | "PLAN_IMPORT.NO_ROWS" | "PLAN_IMPORT.TOO_MANY_ROWS" | "PLAN_IMPORT.DUPLICATE_CODE" | "PLAN_IMPORT.REPLACED_COURSE_UNKNOWN" | "PLAN_IMPORT.BUDGET_LINE_UNKNOWN" | "CURRICULUM_SETTINGS.HOURS_REVERSED" | "DEMAND_SURVEY.NOT_FOUND" | "DEMAND_SURVEY.CLOSES_BEFORE_OPENS" | "DEMAND_SURVEY.CLOSED" | "DEMAND_SURVEY.ALREADY_ANSWERED" | "DEMAND_SURVEY.HOURS_REVERSED" | "ENROLLMENT_COHORT.NOT_FOUND" | "ENROLLMENT_COHORT.NOT_SCHEDULED" | "ENROLLMENT_COHORT.FULL" | "ENROLLMENT_COHORT.TRAINING_ENDED" | "APPLICATION.NOT_FOUND" | "APPLICATION.WINDOW_CLOSED" | "APPLICATION.OTHER_PROVINCE" | "APPLICATION.TIME_CLASH" | "APPLICATION.ALREADY_APPLIED" | "APPLICATION.ALREADY_IN_COHORT" | "APPLICATION.ALREADY_ENDED" | "APPLICATION.TRAINING_STARTED" | "APPLICATION.LEARNING_PERIOD_OVER" | "APPLICATION.CANCELLATION_CLOSED" | "APPLICATION.NOT_AWAITING_YOU" | "APPLICATION.NOT_CONFIRMED" | "APPLICATION.PROGRESS_E_LEARNING_ONLY" | "NOMINATION.DUPLICATE_RANK" | "NOMINATION.DUPLICATE_TRAINEE" | "TRAINEE.NOT_FOUND" | "TRAINEE.NOT_A_TRAINEE" | "TRAINEE.RECORD_MISMATCH" | "TRAINEE.DUPLICATE" | "TRAINEE.AGENCY_UNKNOWN" | "AGENCY.NOT_FOUND" | "AGENCY.CODE_TAKEN" | "AGENCY.INACTIVE" | "AGENCY.HAS_TRAINEES" | "ATTENDANCE.NOT_ON_ROSTER" | "ATTENDANCE.NOT_A_TRAINING_DAY" | "ATTENDANCE.DAY_NOT_COME" | "SHEET.FILE_REQUIRED" | "SHEET.FILE_TYPE" | "SHEET.UNREADABLE" | "SHEET.MISSING_COLUMNS" | "SHEET.EMPTY_FILE" | "SHEET.NO_ROWS" | "SHEET.ROW_INVALID" | "SHEET.UNKNOWN_AGENCY" | "SHEET.OTHER_AGENCY" | "SHEET.UNKNOWN_COURSE" | "SHEET.DUPLICATE_ROW" | "SHEET.FUTURE_DATE" | "SHEET.NO_DAY_COLUMNS" | "SHEET.UNKNOWN_MARK" | "COMPLETION.COHORT_CANCELLED" | "COMPLETION.TRAINING_NOT_ENDED" | "COMPLETION.NO_COURSE" | "CERTIFICATE.NOT_FOUND" | "CERTIFICATE.ALREADY_REVOKED" | "COMPLETION_IMPORT.NOT_FOUND" | "COMPLETION_IMPORT.CSV_REQUIRED" | "COMPLETION_IMPORT.ALREADY_RUN" | "COMPLETION_IMPORT.FAILED" | "SURVEY.ALREADY_ANSWERED" | "SURVEY.ITEMS_INCOMPLETE" | "SURVEY.INSTRUCTORS_INCOMPLETE" | "UNDER_FILL.NOT_AWAITING" | "UNDER_FILL.OTHER_COURSE" | "UNDER_FILL.TARGET_CLOSED" | "UNDER_FILL.CUTOFF_UNCHANGED" | "EXAM.NOT_FOUND" | "EXAM.ROUND_EXISTS" | "EXAM.KIND_FIXED" | "EXAM.WINDOWS_FIXED" | "EXAM.DUPLICATE_FEE_GRADE" | "EXAM.CLOSES_BEFORE_OPENING" | "EXAM.CANCELLATION_BEFORE_CLOSING" | "EXAM.ANNOUNCED_AFTER_OPENING" | "EXAM.WRITTEN_DATE_REQUIRED" | "EXAM.WRITTEN_BEFORE_CLOSING" | "EXAM.INTERVIEW_ENDS_BEFORE_START" | "EXAM.INTERVIEW_BEFORE_WRITTEN" | "EXAM.RESULT_BEFORE_EXAM" | "EXAM.RESIDENCY_RULE_INCOMPLETE" | "POSITION.NOT_FOUND" | "POSITION.APPLICATIONS_CLOSED" | "POSITION.NO_FEE_FOR_GRADE" | "POSITION.LIMIT_REACHED" | "EXAM_APPLICATION.NOT_FOUND" | "EXAM_APPLICATION.WINDOW_NOT_OPEN" | "EXAM_APPLICATION.WINDOW_CLOSED" | "EXAM_APPLICATION.ALREADY_APPLIED" | "EXAM_APPLICATION.KEY_REUSED" | "EXAM_APPLICATION.CANCELLED" | "EXAM_APPLICATION.EDIT_CLOSED" | "EXAM_APPLICATION.CANCELLATION_CLOSED" | "EXAM_APPLICATION.UNDER_AGE" | "EXAM_APPLICATION.RESIDENCY_UNMET" | "EXAM_APPLICATION.TRACK_EVIDENCE_REQUIRED" | "EXAM_APPLICATION.NO_ACCOMMODATIONS" | "EXAM_APPLICATION.ONE_STATUTORY_BONUS" | "EXAM_APPLICATION.IDENTITY_UNVERIFIED" | "EXAM_APPLICATION.IDENTITY_MISMATCH" | "IDENTITY_VERIFICATION.NOT_CONFIRMED" | "EXAM_DOCUMENT.NOT_FOUND" | "EXAM_DOCUMENT.WINDOW_CLOSED" | "EXAM_DOCUMENT.LIMIT_REACHED" | "EXAM_DOCUMENT.OCTET_STREAM_REQUIRED" | "EXAM_DOCUMENT.EMPTY" | "EXAM_DOCUMENT.TOO_LARGE" | "EXAM_DOCUMENT.UNSUPPORTED_TYPE" | "EXAM_NOTICE.NOT_FOUND" | "EXAM_NOTICE.OCTET_STREAM_REQUIRED" | "EXAM_NOTICE.EMPTY" | "EXAM_NOTICE.TOO_LARGE" | "EXAM_NOTICE.NOT_PDF" | "PHOTO.OCTET_STREAM_REQUIRED" | "PHOTO.EMPTY" | "PHOTO.TOO_LARGE" | "PHOTO.TYPE" | "PHOTO.DIMENSIONS" | "PHOTO.NOT_FOUND" | "EXAM_PAYMENT.NOTHING_DUE" | "EXAM_PAYMENT.WINDOW_CLOSED" | "EXAM_PAYMENT.NOT_FOUND" | "EXAM_PAYMENT.BAD_SIGNATURE" | "EXAM_PAYMENT.AMOUNT_MISMATCH" | "EXAM_PAYMENT.ALREADY_APPROVED" | "EXAM_PAYMENT.SIMULATOR_OFF" | "EXAM_PAYMENT.BAD_CHECKOUT_TOKEN" | "EXAM_NUMBERS.ALREADY_GIVEN" | "EXAM_NUMBERS.CANCELLATION_OPEN" | "VENUE.NOT_FOUND" | "VENUE.ROOM_NOT_FOUND" | "VENUE.ROOM_NAME_TAKEN" | "SEATING.EXAM_NUMBERS_FIRST" | "SEATING.TOO_FEW_SEATS" | "SEATING.TICKET_NOT_READY" | "WRITTEN_SCORES.NOT_APPLICABLE" | "WRITTEN_SCORES.OCTET_STREAM_REQUIRED" | "WRITTEN_SCORES.UNREADABLE_FILE" | "WRITTEN_SCORES.NOT_IMPORTED" | "WRITTEN_SCORES.HEADER_FIRST_COLUMN" | "WRITTEN_SCORES.SUBJECT_COUNT" | "WRITTEN_SCORES.COLUMN_COUNT" | "WRITTEN_SCORES.EXAM_NUMBER_FORMAT" | "WRITTEN_SCORES.DUPLICATE_EXAM_NUMBER" | "WRITTEN_SCORES.SCORE_FORMAT" | "WRITTEN_SCORES.UNKNOWN_EXAM_NUMBER" | "WRITTEN_SCORES.KEYS_IN_USE" | "WRITTEN_ANSWERS.KEYS_FIRST" | "WRITTEN_ANSWERS.SUBJECTS_MISMATCH" | "WRITTEN_ANSWERS.MARKS_FORMAT" | "WRITTEN_ANSWERS.QUESTION_COUNT" | "ANSWER_KEYS.NOT_FOUND" | "ANSWER_KEYS.ALREADY_PUBLISHED" | "ANSWER_KEYS.DUPLICATE_SUBJECT" | "ANSWER_KEYS.ANSWER_OUT_OF_RANGE" | "ANSWER_KEYS.POINTS_COUNT" | "ANSWER_KEYS.POINTS_TOTAL" | "ANSWER_KEYS.SHAPE_FIXED" | "ANSWER_KEYS.WINDOW_REVERSED" | "ANSWER_KEYS.NOT_PROVISIONAL" | "ANSWER_KEYS.FINAL" | "ANSWER_KEYS.WINDOW_OPEN" | "ANSWER_KEYS.UNDECIDED" | "ANSWER_KEYS.NO_SHEETS" | "ANSWER_KEYS.NOT_FINAL" | "ANSWER_KEYS.UNKNOWN_SUBJECT" | "ANSWER_KEYS.UNKNOWN_QUESTION" | "ANSWER_KEYS.DECISION_CHOICES" | "ANSWER_KEYS.NOT_UNDER_OBJECTION" | "ANSWER_OBJECTION.NOT_A_CANDIDATE" | "ANSWER_OBJECTION.WINDOW_NOT_OPEN" | "ANSWER_OBJECTION.WINDOW_CLOSED" | "ANSWER_OBJECTION.ALREADY_FILED" | "ANSWER_OBJECTION.LIMIT_REACHED" | "ANSWER_OBJECTION.CLAIM_OUT_OF_RANGE" | "DOCUMENT_SCREENING.NOT_APPLICABLE" | "DOCUMENT_SCREENING.UNKNOWN_CANDIDATE" | "INTERVIEWER.NOT_FOUND" | "INTERVIEW.SESSION_NOT_FOUND" | "INTERVIEW.CONFLICTS_CLOSED" | "INTERVIEW.CONFLICT_DECLARED" | "INTERVIEW.SCHEDULE_FIXED" | "INTERVIEW.PREVIOUS_STAGE_OPEN" | "INTERVIEW.POOL_TOO_SMALL" | "INTERVIEW.PANEL_SHORTAGE" | "INTERVIEW.NOT_IN_SESSION" | "INTERVIEW.NOT_ON_PANEL" | "INTERVIEW.UNKNOWN_STEP" | "INTERVIEW.NOT_SCHEDULED" | "INTERVIEW.MARKS_MISSING" | "INTERVIEW.TICKET_NOT_READY" | "PUBLICATION.RESULTS_FINAL" | "PUBLICATION.ALREADY_PUBLISHED" | "PUBLICATION.NO_WRITTEN_STAGE" | "PUBLICATION.RESULTS_UNDECIDED" | "PUBLICATION.BEFORE_WRITTEN_DATE" | "EXAM_RESULTS.NO_EXAM_NUMBER" | "SCORE_DISCLOSURE.NOT_PUBLISHED" | "SCORE_DISCLOSURE.CLOSED" | "EXAM_SITTING.ALREADY_RECORDED" | "EXAM_SITTING.NOT_SEATED" | "EXAM_SITTING.NOT_SCHEDULED" | "ASSESSMENT_ROUND.NOT_FOUND" | "ASSESSMENT_ROUND.EXISTS" | "ASSESSMENT_ROUND.ASSESSORS_ASSIGNED" | "ASSESSMENT_ROUND.RATING_STARTED" | "ASSESSMENT_ROUND.NO_CANDIDATES" | "ASSESSMENT_ROUND.TOO_FEW_ASSESSORS" | "ASSESSMENT_ROUND.NOT_ASSIGNED" | "ASSESSMENT_ROUND.CONSOLIDATED" | "ASSESSMENT_ROUND.RATINGS_MISSING" | "ASSESSMENT_CANDIDATE.NOT_FOUND" | "ASSESSMENT_CANDIDATE.ALREADY_IN_ROUND" | "ASSESSMENT_CANDIDATE.ALREADY_PASSED" | "ASSESSMENT_CANDIDATE.IN_ANOTHER_ROUND" | "ASSESSMENT_CANDIDATE.ATTEMPTS_USED" | "ASSESSOR.NOT_FOUND" | "ASSESSOR.ALREADY_REGISTERED" | "ASSESSOR.NOT_REGISTERED" | "ASSESSOR.NOT_ASSIGNED" | "ASSESSMENT_RATING.EACH_COMPETENCY_ONCE" | "WAITING_ROOM.QUEUED" | "BUDGET_BOOK.NOT_FOUND" | "BUDGET_BOOK.ALREADY_OPEN" | "BUDGET_BOOK.COPY_FROM_SAME_YEAR" | "BUDGET_BOOK.COPY_FROM_MISSING" | "BUDGET_BOOK.DATE_OUTSIDE_YEAR" | "BUDGET_LINE.NOT_FOUND" | "BUDGET_LINE.DUPLICATE_CODE" | "BUDGET_LINE.GROUP_UNKNOWN" | "BUDGET_LINE.WRONG_KIND" | "BUDGET_LINE.OFFICER_NOT_ELIGIBLE" | "AMENDMENT.BELOW_COMMITTED" | "AMENDMENT.NEGATIVE_BUDGET" | "QUARTERLY_PLAN.OVER_BUDGET" | "COMMITMENT.NOT_FOUND" | "COMMITMENT.NOT_HELD" | "COMMITMENT.RELEASE_TOO_LARGE" | "COMMITMENT.PAYMENT_TOO_LARGE" | "COMMITMENT.PAID_BEFORE_YEAR" | "LEDGER.OVER_BUDGET" | "ENTRY.NOT_FOUND" | "ENTRY.IS_REVERSAL" | "ENTRY.ALREADY_REVERSED" | "ENTRY.BELOW_PAID" | "ENTRY.UNDO_RELEASE_OVER_BUDGET" | "ENTRY.BELOW_REFUNDED";
        ExamAnnouncementsView: {
            exams: components["schemas"]["ExamView"][];
            tenant: components["schemas"]["ExamInstituteView"];
        };
        /** @enum {string} */
        ExamApplicationCancelReason: "by_applicant" | "unpaid_at_deadline" | "ineligible";
        /** @enum {string} */
        ExamApplicationStatus: "pending_payment" | "paid" | "cancelled";
        ExamApplicationView: {
            accommodations: components["schemas"]["AccommodationView"][];
            accommodationStatus: components["schemas"]["AccommodationStatus"];
            /** Format: date */
            birthDate: string;
            /** Format: date-time */
            cancelledAt: string | null;
            /** @description the officer's reason, when they cancelled it as ineligible */
            cancelNote: string | null;
            cancelReason: components["schemas"]["ExamApplicationCancelReason"] | null;
            /**
             * Format: date-time
             * @description 원서 수정: the applicant may correct the application until this instant (applications close); null when they no longer can
             */
            editableUntil: string | null;
            education: components["schemas"]["EducationView"] | null;
            /** Format: uuid */
            examId: string;
            /**
             * @description 응시번호, given after the cancellation deadline
             * @example 10100017
             */
            examNumber: string | null;
            examTitleEn: string;
            examTitleKo: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 5000
             */
            feeAmount: string;
            /** @example 9 */
            grade: number;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description when the name and birth date were confirmed (본인 확인)
             */
            identityVerifiedAt: string | null;
            /** @description the interview session, once the candidate may know it */
            interview: components["schemas"]["InterviewSlotView"] | null;
            /**
             * @description 자격증 가산점 the service computed from the announcement's rules (the highest licence, capped)
             * @example 5
             */
            licenceBonusPercent: number;
            licences: components["schemas"]["LicenceView"][];
            /** @example 김응시 */
            nameKo: string;
            /** @description the outcome of the latest stage published (final over written); null before any results are published */
            outcome: components["schemas"]["ExamOutcomeView"] | null;
            /** Format: date-time */
            paidAt: string | null;
            /** @description the payment provider's reference, or no-fee */
            paymentRef: string | null;
            /** @example 010-1234-5678 */
            phone: string;
            /** Format: uuid */
            positionId: string;
            /** @example 일반행정 9급 */
            positionLabelKo: string;
            /** @description Integer won as a string (bigint) */
            refundAmount: string | null;
            /**
             * @description 의사상자 등 가점
             * @enum {number}
             */
            rescuerBonusPercent: 0 | 3 | 5;
            residencyYears: number | null;
            /** Format: date */
            residentSince: string | null;
            seat: components["schemas"]["ExamSeatView"] | null;
            status: components["schemas"]["ExamApplicationStatus"];
            /** Format: date-time */
            submittedAt: string;
            trackEvidence: string | null;
            /** @enum {number} */
            veteransBonusPercent: 0 | 5 | 10;
        };
        /** @enum {string} */
        ExamExportFormat: "xlsx" | "csv";
        ExamFeeView: {
            /**
             * @description Integer won as a string (bigint)
             * @example 5000
             */
            amount: string;
            /** @example 9 */
            grade: number;
        };
        ExamInstituteView: {
            /** @example Seoul Metropolitan Human Resources Development Center */
            nameEn: string;
            /** @example 서울특별시 인재개발원 */
            nameKo: string;
            /** @example seoul-hrd */
            slug: string;
        };
        /** @enum {string} */
        ExamKind: "open" | "career";
        ExamNoticeView: {
            /** @example 2027년도 제1회 시험 공고문.pdf */
            fileName: string;
            /**
             * @description bytes
             * @example 182044
             */
            size: number;
            /** Format: date-time */
            uploadedAt: string;
        };
        ExamNumbersView: {
            /** @example 418 */
            assigned: number;
        };
        ExamOutcomeView: {
            result: components["schemas"]["StageResult"];
            stage: components["schemas"]["ResultStage"];
        };
        /**
         * @description before, during or after the application window, now
         * @enum {string}
         */
        ExamPhase: "announced" | "accepting" | "closed";
        ExamPipelinePositionView: {
            /**
             * @description applications submitted (cancelled ones included)
             * @example 120
             */
            applied: number;
            /** @example 9 */
            grade: number;
            /** @example general_admin */
            jobSeries: string;
            /** @example 일반행정 */
            jobSeriesKo: string;
            /**
             * @description applications whose fee was paid
             * @example 100
             */
            paid: number;
            /**
             * @description candidates who passed the final stage
             * @example 10
             */
            passed: number;
            /** Format: uuid */
            positionId: string;
            /**
             * @description candidates who sat the first stage: a written score not absent, or a document screening result
             * @example 90
             */
            sat: number;
            /** @example 1 */
            seq: number;
        };
        ExamPipelineStepsView: {
            /**
             * @description applications submitted (cancelled ones included)
             * @example 120
             */
            applied: number;
            /**
             * @description applications whose fee was paid
             * @example 100
             */
            paid: number;
            /**
             * @description candidates who passed the final stage
             * @example 10
             */
            passed: number;
            /**
             * @description candidates who sat the first stage: a written score not absent, or a document screening result
             * @example 90
             */
            sat: number;
        };
        ExamPipelineView: {
            /** Format: uuid */
            examId: string;
            positions: components["schemas"]["ExamPipelinePositionView"][];
            total: components["schemas"]["ExamPipelineStepsView"];
        };
        ExamPortalView: {
            exams: components["schemas"]["PortalExamView"][];
            /** @description the institutes that have open exams, by Korean name */
            institutes: components["schemas"]["ExamInstituteView"][];
        };
        ExamRoomUsageView: {
            accommodations: components["schemas"]["AccommodationKind"][];
            available: boolean;
            /** Format: uuid */
            id: string;
            /** @example 301호 */
            name: string;
            /** @description applicants seated in it */
            seated: number;
            /** @example 30 */
            seats: number;
        };
        ExamRoomView: {
            accommodations: components["schemas"]["AccommodationKind"][];
            /** @description false: withdrawn; its applicants move at the next seat assignment */
            available: boolean;
            /** Format: uuid */
            examId: string;
            /** Format: uuid */
            id: string;
            /** @example 301호 */
            name: string;
            /** @example 30 */
            seats: number;
            /** Format: uuid */
            tenantId: string;
            /** Format: uuid */
            venueId: string;
        };
        ExamSeatView: {
            /** @example 서울특별시 마포구 월드컵로 123 */
            address: string;
            /** @description the seat moved after the first assignment (the ticket says so) */
            changed: boolean;
            /** @example 101호 */
            room: string;
            /** @example 12 */
            seatNo: number;
            /** @example 서울마포중학교 */
            venueNameKo: string;
        };
        ExamSittingView: {
            /** @example RECRUITMENT-EXAMS */
            budgetLineCode: string;
            candidates: number;
            /**
             * @description Integer won as a string (bigint)
             * @example 182000000
             */
            cost: string;
            /** Format: date */
            heldOn: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            recordedAt: string;
            stage: components["schemas"]["SittingStage"];
            /**
             * Format: uuid
             * @description the exam or the assessment round held
             */
            subjectId: string;
            /** Format: uuid */
            tenantId: string;
            venues: number;
        };
        ExamView: {
            /**
             * Format: date
             * @example 2026-10-27
             */
            announcedOn: string;
            /** Format: date-time */
            applicationClosesAt: string;
            /** Format: date-time */
            applicationOpensAt: string;
            /** @example RECRUITMENT-EXAMS */
            budgetLineCode: string;
            /** Format: date-time */
            cancellationClosesAt: string;
            /** @description the same in English, when the officer wrote it */
            eligibilityEn: string | null;
            /** @description 응시자격 in the announcement's own words, beyond the rules the system checks */
            eligibilityKo: string | null;
            /** Format: date-time */
            examNumbersAssignedAt: string | null;
            fees: components["schemas"]["ExamFeeView"][];
            /** Format: uuid */
            id: string;
            /** Format: date */
            interviewEndsOn: string | null;
            /** Format: date */
            interviewStartsOn: string | null;
            kind: components["schemas"]["ExamKind"];
            /** @description 자격증 가산점 rules of the announcement */
            licenceBonusRules: components["schemas"]["LicenceBonusRuleView"][];
            /** @description the notice document (공고문), if the officer uploaded one */
            notice: components["schemas"]["ExamNoticeView"] | null;
            /** @description before, during or after the application window, now */
            phase: components["schemas"]["ExamPhase"];
            positions: components["schemas"]["PositionView"][];
            /** Format: date */
            residencyCutoffOn: string | null;
            /** @example 세종특별자치시 */
            residencyRegionKo: string | null;
            /** Format: date */
            resultOn: string;
            /** @example 1 */
            roundNo: number;
            /** Format: date-time */
            seatsAssignedAt: string | null;
            /** @example 418 */
            selectionPlanned: number;
            /** @description the planned selection is printed as tentative (예정) */
            selectionTentative: boolean;
            /**
             * @description 시험과목, in order; empty when none are listed
             * @example [
             *       "국어",
             *       "영어",
             *       "한국사"
             *     ]
             */
            subjects: string[];
            /** @example 2027 Seoul local civil service open competitive exam, round 1 */
            titleEn: string;
            /** @example 2027년도 제1회 서울특별시 지방공무원 공개경쟁임용시험 */
            titleKo: string;
            /**
             * Format: date
             * @description career recruitment has no written exam
             */
            writtenExamOn: string | null;
            /** @example 2027 */
            year: number;
        };
        ExecutionExpenditureRowView: {
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            change: string;
            changeRate: components["schemas"]["BudgetRateView"];
            /** @example TOTAL */
            code: string;
            /**
             * @description Current budget amount as of the date, integer won as a string
             * @example 12000000
             */
            current: string;
            /** @example 0 */
            depth: number;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            executed: string;
            executionRate: components["schemas"]["BudgetRateView"];
            level: components["schemas"]["BudgetRowLevel"];
            /** @example Total */
            nameEn: string;
            /** @example 합계 */
            nameKo: string;
            /**
             * @description The previous year's current budget amount, integer won as a string
             * @example 12000000
             */
            previous: string;
            printed: components["schemas"]["ExpenditurePrintedView"];
        };
        ExecutionExpenditureTableView: {
            notes: components["schemas"]["ExecutionNoteView"][];
            rows: components["schemas"]["ExecutionExpenditureRowView"][];
        };
        ExecutionHeadlineView: {
            /** @example 14,019백만원 */
            expenditure: string;
            /** @example 1,036백만원 */
            revenue: string;
        };
        ExecutionMonthView: {
            /**
             * @description Executed up to the month, integer won as a string; null for months not begun
             * @example 1272398000
             */
            executed: string | null;
            /** @example 1 */
            month: number;
            /**
             * @description Planned up to the quarter, integer won as a string, in the last month of each quarter
             * @example 676580000
             */
            planned: string | null;
        };
        ExecutionNoteView: {
            /**
             * @description The row it concerns
             * @example ASSESSMENT-OPS
             */
            code: string;
            en: string;
            ko: string;
        };
        ExecutionQuarterProgrammeView: {
            /**
             * @description Q1…Q4, integer won as strings
             * @example [
             *       "0",
             *       "50000000",
             *       "0",
             *       "0"
             *     ]
             */
            actual: string[];
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            actualTotal: string;
            /** @description Actual against the plan of the quarters begun by the date */
            againstPlan: components["schemas"]["BudgetRateView"];
            /**
             * @example [
             *       "RETIRE-FUTURE"
             *     ]
             */
            courseCodes: string[];
            /** @example Second-life planning for officials nearing retirement: Happy Future Design course */
            labelEn: string;
            /** @example 2-6 퇴직 예정 공무원 제2인생 설계 지원 — 행복한 미래설계 */
            labelKo: string;
            /**
             * @description Q1…Q4, integer won as strings
             * @example [
             *       "113768000",
             *       "227535000",
             *       "227535000",
             *       "113767000"
             *     ]
             */
            plan: string[];
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            planTotal: string;
        };
        ExecutionQuarterRowView: {
            /**
             * @description Q1…Q4, integer won as strings
             * @example [
             *       "60000000",
             *       "0",
             *       "0",
             *       "0"
             *     ]
             */
            actual: string[];
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            actualTotal: string;
            /** @description Actual against the plan of the quarters begun by the date */
            againstPlan: components["schemas"]["BudgetRateView"];
            /** @example NEWCOMER */
            code: string;
            hasPlan: boolean;
            nameEn: string;
            nameKo: string;
            /**
             * @description Q1…Q4, integer won as strings
             * @example [
             *       "204638000",
             *       "272877000",
             *       "131837000",
             *       "67228000"
             *     ]
             */
            plan: string[];
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            planTotal: string;
            /** @description Programmes planned apart on the line, if any */
            programmes: components["schemas"]["ExecutionQuarterProgrammeView"][];
        };
        /** @enum {string} */
        ExecutionReportTable: "expenditure" | "revenue" | "quarterly" | "monthly";
        ExecutionReportUnitView: {
            /** @example thousand won */
            en: string;
            /** @example 천원 */
            ko: string;
        };
        ExecutionReportView: {
            /**
             * Format: date
             * @example 2022-01-31
             */
            asOf: string;
            expenditure: components["schemas"]["ExecutionExpenditureTableView"];
            /** @example 2022 */
            fiscalYear: number;
            headline: components["schemas"]["ExecutionHeadlineView"];
            monthly: components["schemas"]["ExecutionMonthView"][];
            /** @example 2021 */
            previousYear: number;
            quarterly: components["schemas"]["ExecutionQuarterRowView"][];
            /** @description Quarters of the year begun by the date */
            quartersBegun: number;
            revenue: components["schemas"]["ExecutionRevenueRowView"][];
            /** @description The unit of the printed tables */
            unit: components["schemas"]["ExecutionReportUnitView"];
        };
        ExecutionRevenueRowView: {
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            budget: string;
            /** @example REVENUE-RECURRING */
            code: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            collected: string;
            collectionRate: components["schemas"]["BudgetRateView"];
            nameEn: string;
            nameKo: string;
            noteEn: string | null;
            noteKo: string | null;
            printed: components["schemas"]["RevenuePrintedView"];
        };
        ExpenditurePrintedView: {
            /**
             * @description In thousand won, as the source prints it (△ for negatives, - for nothing)
             * @example 1,844,068
             */
            change: string;
            /** @example 15.1% */
            changeRate: string;
            /**
             * @description In thousand won, as the source prints it (△ for negatives, - for nothing)
             * @example 14,018,927
             */
            current: string;
            /**
             * @description In thousand won, as the source prints it (△ for negatives, - for nothing)
             * @example 1,272,398
             */
            executed: string;
            /** @example 9.1% */
            executionRate: string;
            /**
             * @description In thousand won, as the source prints it (△ for negatives, - for nothing)
             * @example 12,174,859
             */
            previous: string;
        };
        FeedbackCommentView: {
            comment: string;
            competency: string;
            technique: string;
        };
        FeedbackCompetencyView: {
            /** @example policy_management */
            code: string;
            /** @example Policy management */
            en: string;
            /** @example 정책관리 */
            ko: string;
            /** @description in hundredths; null until consolidated */
            score: number | null;
        };
        FeedbackReportView: {
            attempt: number;
            attemptsLeft: number;
            /** Format: uuid */
            candidateId: string;
            comments: components["schemas"]["FeedbackCommentView"][];
            competencies: components["schemas"]["FeedbackCompetencyView"][];
            /** @description the round is consolidated */
            completed: boolean;
            /** @description competency codes to develop */
            development: string[];
            nameKo: string;
            /** @description in hundredths */
            overall: number | null;
            passed: boolean | null;
            passThreshold: number;
            preparatoryCourse: components["schemas"]["PreparatoryCourseView"] | null;
            round: components["schemas"]["FeedbackRoundView"];
            /** @description competency codes to keep */
            strengths: string[];
        };
        FeedbackRoundView: {
            /** Format: date */
            heldOn: string;
            /** Format: uuid */
            id: string;
            roundNo: number;
            /** @enum {number} */
            targetGrade: 4 | 5;
            year: number;
        };
        FeeDto: {
            /**
             * @description won
             * @example 5000
             */
            amount: number;
            grade: number;
        };
        /** @enum {string} */
        FeePaymentCallbackStatus: "paid" | "declined" | "refunded";
        /** @enum {string} */
        FeePaymentOutcome: "approved" | "declined";
        FieldErrorBody: {
            /** @example VALIDATION.MAX */
            code: components["schemas"]["ErrorCode"];
            /** @example estimatedCost */
            field: string;
            /**
             * @description The code's parameters: a rule's limits (`max`, `min`, `values`), the name of what clashed, an amount in won.
             * @example {
             *       "max": 100000000000
             *     }
             */
            params?: {
                [key: string]: string | number | boolean | (string | number)[];
            };
        };
        FinalKeysView: {
            absent: number;
            /** @description candidates whose written total changed from the provisional keys */
            changed: number;
            /** Format: date-time */
            finalAt: string;
            scored: number;
        };
        /** @enum {string} */
        GraduationStatus: "graduated" | "expected";
        HeldCommitmentsView: {
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            amount: string;
            /** @example 1 */
            count: number;
        };
        HostedApplicationView: {
            /** @example MAPO-GU */
            agencyCode: string;
            /** Format: date-time */
            appliedAt: string;
            /** @description The course's assessment, where its completion rule requires one */
            assessmentPassed: boolean | null;
            attendancePercent: number | null;
            /** @description Whose approval it awaits */
            awaiting: components["schemas"]["Approver"] | null;
            /** @example 2027-000042 */
            certificateNo: string | null;
            /**
             * Format: date-time
             * @description When staff revoked the certificate (수료증 취소)
             */
            certificateRevokedAt: string | null;
            /** @description Why the certificate was revoked */
            certificateRevokeReason: string | null;
            cohort?: components["schemas"]["EnrollmentCohortView"];
            /** Format: uuid */
            cohortId: string;
            /** Format: date */
            completedOn: string | null;
            completionStatus: components["schemas"]["CompletionStatus"] | null;
            /** Format: date-time */
            confirmedAt: string | null;
            employeeNo: string | null;
            /** Format: date-time */
            endedAt: string | null;
            endReason: components["schemas"]["EnrollmentEndReason"] | null;
            /** @example 7급 */
            grade: string | null;
            hostTenant: components["schemas"]["HostTenantView"] | null;
            /**
             * Format: uuid
             * @description The institute that runs the cohort
             */
            hostTenantId: string;
            /** Format: uuid */
            id: string;
            /** @example 행정 */
            jobSeries: string | null;
            /** @example 주무관 */
            position: string | null;
            /** @description E-learning progress (진도율) in percent */
            progressPercent: number | null;
            /** @description The agency's rank, 1 first; null after every ranked one */
            rank: number | null;
            status: components["schemas"]["EnrollmentStatus"];
            /** Format: uuid */
            traineeId: string;
            /** @example 김서울 */
            traineeName: string;
            /**
             * Format: uuid
             * @description The trainee's home institute
             */
            traineeTenantId: string;
            via: components["schemas"]["EnrollmentRoute"];
            /** Format: date-time */
            waitlistedAt: string | null;
        };
        HostedCatalogCohortView: {
            /**
             * Format: date
             * @description The last day applications are taken
             */
            applicationCloses: string;
            /**
             * Format: date
             * @description null: open until it closes
             */
            applicationOpens: string | null;
            approval: components["schemas"]["ApprovalSteps"];
            /**
             * Format: date
             * @description The last day a trainee may give up a confirmed seat by themselves
             */
            cancellationCloses: string;
            capacity: number;
            /** Format: uuid */
            cohortId: string;
            /** @description 기수 / cohort number */
            cohortNo: number | null;
            /** @example 80 */
            completionMinAttendancePercent: number;
            completionRequiresAssessment: boolean;
            confirmed: number;
            /** @example NEWCOMER */
            courseCode: string | null;
            /** Format: uuid */
            courseId: string | null;
            /** @example Newcomer training */
            courseNameEn: string | null;
            /** @example 신임자 교육과정 */
            courseNameKo: string | null;
            /** @example 18:00 */
            dailyEndTime: string | null;
            /**
             * @description HH:MM; null for e-learning (no hours)
             * @example 09:00
             */
            dailyStartTime: string | null;
            deliveryMode: components["schemas"]["DeliveryMode"];
            educationType: components["schemas"]["EducationType"];
            /**
             * Format: date
             * @example 2027-03-06
             */
            endDate: string;
            /** @example LEADERSHIP */
            fieldCode: string | null;
            /** @description Seats left: capacity − confirmed, never below 0 */
            free: number;
            hostTenant: components["schemas"]["HostTenantView"] | null;
            /**
             * Format: uuid
             * @description The institute that runs the cohort
             */
            hostTenantId: string;
            instructors: components["schemas"]["EnrollmentInstructorView"][];
            /** @description 최소 인원 / minimum fill (0: none) */
            minimumFill: number;
            /** Format: date */
            minimumFillCutoff: string | null;
            myAgencyQuota: components["schemas"]["CatalogQuotaView"] | null;
            /** @description Trainees only */
            myApplication: components["schemas"]["CatalogApplicationView"] | null;
            /** @description 타 시도 공무원 수강 가능 / open to officials of other provinces */
            openToOtherProvinces: boolean;
            /** @description Seats were allocated after applications closed (selection) */
            selectionDone: boolean;
            /**
             * Format: date
             * @example 2027-03-02
             */
            startDate: string;
            status: components["schemas"]["EnrollmentCohortStatus"];
            underFillDecision: components["schemas"]["UnderFillDecision"] | null;
            /** @description Below its minimum at the cut-off and awaiting a decision */
            underFilled: boolean;
            waitlisted: number;
        };
        HostedCohortWithQuotasView: {
            /**
             * Format: date
             * @description The last day applications are taken
             */
            applicationCloses: string;
            /**
             * Format: date
             * @description null: open until it closes
             */
            applicationOpens: string | null;
            approval: components["schemas"]["ApprovalSteps"];
            /**
             * Format: date
             * @description The last day a trainee may give up a confirmed seat by themselves
             */
            cancellationCloses: string;
            capacity: number;
            /** Format: uuid */
            cohortId: string;
            /** @description 기수 / cohort number */
            cohortNo: number | null;
            /** @example 80 */
            completionMinAttendancePercent: number;
            completionRequiresAssessment: boolean;
            confirmed: number;
            /** @example NEWCOMER */
            courseCode: string | null;
            /** Format: uuid */
            courseId: string | null;
            /** @example Newcomer training */
            courseNameEn: string | null;
            /** @example 신임자 교육과정 */
            courseNameKo: string | null;
            /** @example 18:00 */
            dailyEndTime: string | null;
            /**
             * @description HH:MM; null for e-learning (no hours)
             * @example 09:00
             */
            dailyStartTime: string | null;
            deliveryMode: components["schemas"]["DeliveryMode"];
            educationType: components["schemas"]["EducationType"];
            /**
             * Format: date
             * @example 2027-03-06
             */
            endDate: string;
            /** @example LEADERSHIP */
            fieldCode: string | null;
            /** @description Seats left: capacity − confirmed, never below 0 */
            free: number;
            hostTenant: components["schemas"]["HostTenantView"] | null;
            /**
             * Format: uuid
             * @description The institute that runs the cohort
             */
            hostTenantId: string;
            instructors: components["schemas"]["EnrollmentInstructorView"][];
            /** @description 최소 인원 / minimum fill (0: none) */
            minimumFill: number;
            /** Format: date */
            minimumFillCutoff: string | null;
            /** @description 타 시도 공무원 수강 가능 / open to officials of other provinces */
            openToOtherProvinces: boolean;
            quotas: components["schemas"]["AgencyQuotaFillView"][];
            /** @description Seats were allocated after applications closed (selection) */
            selectionDone: boolean;
            /**
             * Format: date
             * @example 2027-03-02
             */
            startDate: string;
            status: components["schemas"]["EnrollmentCohortStatus"];
            underFillDecision: components["schemas"]["UnderFillDecision"] | null;
            /** @description Below its minimum at the cut-off and awaiting a decision */
            underFilled: boolean;
            waitlisted: number;
        };
        HostedMyApplicationView: {
            /** @example MAPO-GU */
            agencyCode: string;
            /** Format: date-time */
            appliedAt: string;
            /** @description The course's assessment, where its completion rule requires one */
            assessmentPassed: boolean | null;
            attendancePercent: number | null;
            /** @description Whose approval it awaits */
            awaiting: components["schemas"]["Approver"] | null;
            /** @description The trainee may still cancel it themselves */
            canCancel: boolean;
            /** @example 2027-000042 */
            certificateNo: string | null;
            /**
             * Format: date-time
             * @description When staff revoked the certificate (수료증 취소)
             */
            certificateRevokedAt: string | null;
            /** @description Why the certificate was revoked */
            certificateRevokeReason: string | null;
            cohort: components["schemas"]["EnrollmentCohortView"];
            /** Format: uuid */
            cohortId: string;
            /** Format: date */
            completedOn: string | null;
            completionStatus: components["schemas"]["CompletionStatus"] | null;
            /** Format: date-time */
            confirmedAt: string | null;
            employeeNo: string | null;
            /** Format: date-time */
            endedAt: string | null;
            endReason: components["schemas"]["EnrollmentEndReason"] | null;
            /** @example 7급 */
            grade: string | null;
            hostTenant: components["schemas"]["HostTenantView"] | null;
            /**
             * Format: uuid
             * @description The institute that runs the cohort
             */
            hostTenantId: string;
            /** Format: uuid */
            id: string;
            /** @example 행정 */
            jobSeries: string | null;
            /** @example 주무관 */
            position: string | null;
            /** @description E-learning progress (진도율) in percent */
            progressPercent: number | null;
            /** @description The agency's rank, 1 first; null after every ranked one */
            rank: number | null;
            status: components["schemas"]["EnrollmentStatus"];
            /** @description Completed, and the satisfaction survey not yet answered */
            surveyDue: boolean;
            /** Format: uuid */
            traineeId: string;
            /** @example 김서울 */
            traineeName: string;
            /**
             * Format: uuid
             * @description The trainee's home institute
             */
            traineeTenantId: string;
            via: components["schemas"]["EnrollmentRoute"];
            /** Format: date-time */
            waitlistedAt: string | null;
            /** @description Place on the waitlist, 1 first; null unless waitlisted */
            waitlistPosition: number | null;
        };
        HostTenantView: {
            /** Format: uuid */
            id: string;
            /** @example Seoul Metropolitan Human Resources Development Center */
            nameEn: string;
            /** @example 서울특별시 인재개발원 */
            nameKo: string;
        };
        IdentityVerificationDto: {
            /** @example 1998-04-12 */
            birthDate: string;
            /** @example 김응시 */
            nameKo: string;
            /** @example 010-1234-5678 */
            phone: string;
        };
        IdentityVerificationView: {
            /** Format: date */
            birthDate: string;
            /**
             * Format: date-time
             * @description submit the application before this instant, or confirm again
             */
            expiresAt: string;
            /** @example 김응시 */
            nameKo: string;
            /** @example 010-1234-5678 */
            phone: string;
            /** @description send it with the application (identityVerificationRef) */
            reference: string;
            /** Format: date-time */
            verifiedAt: string;
        };
        InboxCountView: {
            /** @example 3 */
            unread: number;
        };
        InboxItemView: {
            /**
             * @description Korean first, then English
             * @example 응시원서가 접수되었습니다.
             *     Your application has been received.
             */
            body: string;
            createdAt: string;
            /** @example examination.application.submitted */
            eventType: string;
            /** Format: uuid */
            id: string;
            /** @description Where the notice points on the site */
            link: string | null;
            /** @description When it was marked read; null while unread */
            readAt: string | null;
            /** @example [원서 접수] 9급 공채 / Application received */
            title: string;
        };
        InboxPageView: {
            items: components["schemas"]["InboxItemView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 42 */
            total: number;
            /**
             * @description Unread items of the whole inbox, whatever the filter
             * @example 3
             */
            unread: number;
        };
        IneligibleDto: {
            /** @example 거주지 요건 미충족 (주민등록 이전일 2022-03-02) */
            reason: string;
            /**
             * @description 전액 환불 (과오납, 시행기관 귀책) / refund the fee in full
             * @default false
             */
            refundInFull: boolean;
        };
        InstituteAdminView: {
            /** @example admin@busan-hrd.example */
            email: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description Until when the mailed set-password link stands
             */
            linkExpiresAt: string;
            /** @example 김관리 */
            name: string;
        };
        InstituteHolidayDto: {
            /**
             * Format: date
             * @example 2026-11-20
             */
            date: string;
            /** @example 개원기념일 */
            name: string;
        };
        InstituteImageView: {
            /** @example 20480 */
            bytes: number;
            /** @enum {string} */
            contentType: "image/png" | "image/jpeg";
            /** @example 400 */
            height: number;
            /** @description SHA-256 of the bytes, hex */
            sha256: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example 400 */
            width: number;
        };
        InstituteSettingsView: {
            /** @description When the distancing rule was just switched on: the cohorts whose capacity it lowered */
            adjustedCohorts?: components["schemas"]["DistancingAdjustmentView"][];
            /**
             * @description '' until set
             * @example SEOUL-HRD
             */
            code: string;
            /** @example 18:00 */
            defaultDailyEnd: string;
            /** @example 09:00 */
            defaultDailyStart: string;
            /** @description 일상회복 1단계 거리두기: half a room, fewer than 100 people */
            distancingEnabled: boolean;
            holidays: components["schemas"]["InstituteHolidayDto"][];
            logo: components["schemas"]["InstituteImageView"] | null;
            /** @example Seoul Metropolitan Human Resource Development Center */
            nameEn: string;
            /** @example 서울특별시 인재개발원 */
            nameKo: string;
            seal: components["schemas"]["InstituteImageView"] | null;
        };
        /** @enum {string} */
        InstituteStatus: "active" | "inactive";
        InstituteView: {
            /**
             * @description Active administrators
             * @example 1
             */
            admins: number;
            /** @example busan-hrd */
            code: string;
            /** Format: uuid */
            id: string;
            /** @example Busan Metropolitan HRD Institute */
            nameEn: string;
            /** @example 부산광역시 인재개발원 */
            nameKo: string;
            status: components["schemas"]["InstituteStatus"];
            /**
             * @description Accounts of the institute, disabled ones included
             * @example 42
             */
            users: number;
        };
        /** @enum {string} */
        InstructorKind: "internal" | "external";
        InstructorView: {
            /** @example 서울연구원 */
            affiliation: string | null;
            /** @description Staff only */
            email?: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["InstructorKind"];
            /** @example 김강사 */
            name: string;
            /** @description Staff only */
            phone?: string | null;
            /**
             * @description Mean survey score (1–5) to two decimals; null before any survey
             * @example 4.5
             */
            rating: number | null;
            /** @example 2 */
            ratingCount: number;
            /**
             * @description Who recommended them
             * @example 도시계획국 추천
             */
            recommendedBy: string | null;
            /**
             * @example [
             *       "도시계획"
             *     ]
             */
            specialties: string[];
        };
        InterviewBoardView: {
            sessions: components["schemas"]["InterviewSessionView"][];
            /**
             * @example [
             *       "interview"
             *     ]
             */
            steps: string[];
        };
        InterviewCandidateView: {
            /** @description every panel member has marked every step */
            complete: boolean;
            /** @example 10100001 */
            examNumber: string;
            /**
             * Format: uuid
             * @description the application
             */
            id: string;
            /** @description marks entered so far */
            marks: number;
            nameKo: string;
        };
        InterviewerConflictView: {
            /** Format: uuid */
            applicationId: string;
            candidateNameKo: string;
            /** Format: date-time */
            declaredAt: string;
            examNumber: string | null;
            /** Format: uuid */
            interviewerId: string;
            interviewerNameKo: string;
            reason: string;
        };
        InterviewerView: {
            active: boolean;
            /** @example 서울대학교 행정대학원 */
            affiliation: string;
            /** @example 인사행정 */
            expertise: string;
            /** @description 외부위원: from outside the city government */
            external: boolean;
            /** Format: uuid */
            id: string;
            /** @example 박면접 */
            nameKo: string;
            /** Format: uuid */
            tenantId: string;
        };
        /** @enum {string} */
        InterviewGrade: "excellent" | "average" | "poor";
        /**
         * @description 상 / 중 / 하
         * @enum {string}
         */
        InterviewMark: "high" | "mid" | "low";
        InterviewMarkDto: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            interviewerId: string;
            /** @description 상 / 중 / 하 */
            mark: components["schemas"]["InterviewMark"];
            /** @example interview */
            step: string;
        };
        InterviewMarksDto: {
            marks: components["schemas"]["InterviewMarkDto"][];
        };
        InterviewPanelistView: {
            /** Format: uuid */
            id: string;
            /** @description empty when the interviewer is no longer in the pool */
            nameKo: string;
        };
        InterviewScheduleView: {
            candidates: number;
            /**
             * @example [
             *       "2027-05-10",
             *       "2027-05-11"
             *     ]
             */
            days: string[];
            sessions: number;
        };
        InterviewSessionView: {
            candidates: components["schemas"]["InterviewCandidateView"][];
            /** Format: uuid */
            examId: string;
            /** Format: date */
            heldOn: string;
            /** Format: uuid */
            id: string;
            panel: components["schemas"]["InterviewPanelistView"][];
            /** Format: uuid */
            positionId: string;
            /** @example 면접실 1 */
            room: string;
            seq: number;
            /**
             * @description Seoul wall-clock time, HH:MM
             * @example 09:30
             */
            startsAt: string;
            /** Format: uuid */
            tenantId: string;
        };
        InterviewSlotView: {
            /** Format: date */
            heldOn: string;
            /** @example 면접실 1 */
            room: string;
            /**
             * @description Seoul wall-clock time, HH:MM
             * @example 09:30
             */
            startsAt: string;
        };
        LearningProgressDto: {
            /** @description 진도율 / progress in percent */
            percent: number;
        };
        LedgerCorrectionDto: {
            /**
             * Format: date
             * @description Defaults to today (Asia/Seoul)
             * @example 2022-01-28
             */
            bookedOn?: string;
            /** @example 1월 교재 인쇄 계약 */
            reason: string;
        };
        /** @enum {string} */
        LedgerEntryKind: "commit" | "adjust" | "release" | "pay" | "collect" | "refund" | "reverse";
        LedgerEntryView: {
            /**
             * @description Signed (a release, a refund or a reversal of a positive entry is negative): integer won as a string
             * @example 12000000
             */
            amount: string;
            /**
             * Format: date
             * @description The business date it counts from in reports
             * @example 2022-01-28
             */
            bookedOn: string;
            /** Format: uuid */
            commitmentId: string | null;
            /** @description null when a person recorded it */
            event: components["schemas"]["SourceEventView"] | null;
            /** @description Booked past the line's current budget amount (a warn or ignore line) */
            exceedsBudget: boolean;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["LedgerEntryKind"];
            measure: components["schemas"]["LedgerMeasure"];
            reason: string;
            /** Format: date-time */
            recordedAt: string;
            /** @example 최재무 */
            recordedByName: string;
            /**
             * Format: uuid
             * @description The entry that reverses this one
             */
            reversedBy: string | null;
            /**
             * Format: uuid
             * @description The entry this one reverses
             */
            reversesEntryId: string | null;
        };
        /** @enum {string} */
        LedgerMeasure: "committed" | "paid" | "collected";
        LicenceBonusRuleDto: {
            /**
             * @description job series codes it counts for; empty or absent: every position
             * @example [
             *       "computer"
             *     ]
             */
            jobSeries?: string[];
            /** @example 정보처리기사 */
            licenceName: string;
            /**
             * @description percent of each subject’s full marks
             * @example 5
             */
            percent: number;
        };
        LicenceBonusRuleView: {
            /**
             * @example [
             *       "computer"
             *     ]
             */
            jobSeries: string[];
            /** @example 정보처리기사 */
            licenceName: string;
            /** @example 5 */
            percent: number;
        };
        LicenceDto: {
            /** @example 2021-06-18 */
            acquiredOn: string;
            /** @example 한국산업인력공단 */
            issuer: string;
            /** @example 정보처리기사 */
            name: string;
            /** @example 21201012345A */
            number: string;
        };
        LicenceView: {
            /** Format: date */
            acquiredOn: string;
            /**
             * @description the percent the announcement's rules give this licence for the position (0: none)
             * @example 5
             */
            bonusPercent: number;
            /** @example 한국산업인력공단 */
            issuer: string;
            /** @example 정보처리기사 */
            name: string;
            /** @example 21201012345A */
            number: string;
        };
        LoginDto: {
            /** @example manager@seoul-hrd.example */
            email: string;
            password: string;
            /**
             * @description 기관 코드 / institute code
             * @example seoul-hrd
             */
            tenant: string;
        };
        MailCatcherPageView: {
            items: components["schemas"]["CaughtMessageView"][];
            /** @description Mails are written to files, not sent (no SMTP_URL): they are shown here */
            mailCaught: boolean;
            page: number;
            pageSize: number;
            /** @description Texts are recorded by the simulated provider: they are shown here */
            textsCaught: boolean;
            total: number;
        };
        MyDemandSurveyResponseView: {
            response: components["schemas"]["DemandSurveyResponseView"] | null;
        };
        MyPhotoView: {
            photo: components["schemas"]["ApplicantPhotoView"] | null;
        };
        NewVenueView: {
            /** @example 서울특별시 마포구 월드컵로 123 */
            address: string;
            /** @example MAPO-GU */
            agencyCode: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            examId: string;
            /** Format: uuid */
            id: string;
            /** @example 서울마포중학교 */
            nameKo: string;
            /** @description always empty: rooms are added to the venue next */
            rooms: components["schemas"]["ExamRoomUsageView"][];
            /** Format: uuid */
            tenantId: string;
        };
        NominateDto: {
            /** Format: uuid */
            cohortId: string;
            nominees: components["schemas"]["NomineeDto"][];
        };
        NominationResultsView: {
            /** Format: uuid */
            cohortId: string;
            results: components["schemas"]["NomineeResultView"][];
        };
        NomineeDto: {
            /** @description 기관 내 추천 순위 / the agency’s rank, 1 first */
            rank: number;
            /** Format: uuid */
            traineeId: string;
        };
        NomineeErrorView: {
            /** @example APPLICATION.WINDOW_CLOSED */
            code: components["schemas"]["ErrorCode"];
            /** @description For people reading the API by hand */
            message: string;
            /** @description The code's parameters (data: names, dates, limits) */
            params?: {
                [key: string]: unknown;
            };
            /** @example 409 */
            statusCode: number;
        };
        NomineeResultView: {
            /** Format: uuid */
            applicationId?: string;
            error?: components["schemas"]["NomineeErrorView"];
            rank: number;
            status?: components["schemas"]["EnrollmentStatus"];
            /** Format: uuid */
            traineeId: string;
        };
        NotificationPreferencesView: {
            /** @example true */
            email: boolean;
            /**
             * @description The mobile number texts go to, as the notification service last heard it (set under 내 계정); none: no texts
             * @example 010-1234-5678
             */
            phone: string | null;
            /** @example 08:00 */
            quietEnd: string | null;
            /** @example 21:00 */
            quietStart: string | null;
            /** @example false */
            sms: boolean;
            /**
             * @description The time zone of the quiet hours
             * @enum {string}
             */
            timeZone: "Asia/Seoul";
        };
        ObjectionClaimCountView: {
            /** @description 0 for "no correct answer" */
            claim: number;
            count: number;
        };
        ObjectionDecisionDto: {
            /**
             * @description accepted only: the correct choices from now on (one, several, or every choice: 전항 정답)
             * @example [
             *       2,
             *       3
             *     ]
             */
            correct?: number[];
            /** @enum {string} */
            outcome: "accepted" | "rejected";
            /** @example 7 */
            question: number;
            reason: string;
            /** @example 국어 */
            subject: string;
        };
        ObjectionDto: {
            /**
             * @description the choice held right, or 0 for "no correct answer" (정답 없음)
             * @example 3
             */
            claim: number;
            /** @example 7 */
            question: number;
            reason: string;
            /** @example 국어 */
            subject: string;
        };
        ObjectionQuestionView: {
            claims: components["schemas"]["ObjectionClaimCountView"][];
            count: number;
            decision: components["schemas"]["AnswerDecisionView"] | null;
            /** @description the provisional key of the question */
            key: number;
            objections: components["schemas"]["OfficerObjectionView"][];
            question: number;
            subject: string;
        };
        ObjectionView: {
            /** @description the choice held right, 0 for "no correct answer" */
            claim: number;
            decision: components["schemas"]["AnswerDecisionView"] | null;
            /** Format: date-time */
            filedAt: string;
            /** Format: uuid */
            id: string;
            question: number;
            reason: string;
            subject: string;
        };
        OfficerObjectionView: {
            claim: number;
            examNumber: string;
            /** Format: date-time */
            filedAt: string;
            /** Format: uuid */
            id: string;
            reason: string;
        };
        OpenFiscalYearDto: {
            /**
             * @description The year to carry forward; the latest earlier book when left out
             * @example 2022
             */
            copyFrom?: number;
            /** @example 2022 */
            fiscalYear: number;
        };
        PassListEntryView: {
            /** @example 10100001 */
            examNumber: string;
            interviewGrade: components["schemas"]["InterviewGrade"] | null;
            nameKo: string;
            /** @description written score in hundredths of a point; null in career recruitment */
            writtenTotal: number | null;
        };
        PassListPositionView: {
            /** @example 일반행정 9급 */
            labelKo: string;
            openings: number;
            passed: components["schemas"]["PassListEntryView"][];
            /** Format: uuid */
            positionId: string;
        };
        PassMarkDto: {
            /**
             * @description percent of the openings that pass the written stage (150 = 1.5 ×)
             * @example 150
             */
            passMultiplePercent: number;
        };
        PassMarkView: {
            absent: number;
            /**
             * @description the last passing written score, in hundredths of a point; null when nobody passes
             * @example 7000
             */
            cutoff: number | null;
            failed: number;
            openings: number;
            passed: number;
            /** @example 150 */
            passMultiplePercent: number;
            /** Format: uuid */
            positionId: string;
        };
        PasswordResetAcceptedView: {
            /** @enum {string} */
            status: "reset_requested";
        };
        PasswordResetDoneView: {
            /** @enum {string} */
            status: "password_reset";
            /**
             * @description the institute to sign in to
             * @example seoul-hrd
             */
            tenantSlug: string;
        };
        PasswordResetDto: {
            /** @example kim.eungsi@example.com */
            email: string;
            /**
             * @description 안내 메일의 언어 / language of the mail (default ko)
             * @enum {string}
             */
            locale?: "ko" | "en";
            /**
             * @description 기관 코드 / institute code
             * @example seoul-hrd
             */
            tenant: string;
        };
        PatchTraineeDto: {
            /**
             * @description 직원번호 / staff number
             * @example S2022-0042
             */
            employeeNo?: string;
            /**
             * @description 직급 / grade
             * @example 7급
             */
            grade?: string;
            /**
             * @description 직렬 / job series
             * @example 행정
             */
            jobSeries?: string;
            /** @example 김서울 */
            name?: string;
            /**
             * @description 직위 / position
             * @example 주무관
             */
            position?: string;
        };
        PaymentCallbackDto: {
            /** @example 5000 */
            amount: string;
            approvedAt: string;
            /** Format: uuid */
            paymentId: string;
            providerRef: string;
            /** @description HMAC-SHA256 (hex) of paymentId|providerRef|status|amount|approvedAt */
            signature: string;
            /** @enum {string} */
            status: "approved" | "declined";
        };
        PaymentReceiptView: {
            /** @enum {boolean} */
            received: true;
            status: components["schemas"]["FeePaymentCallbackStatus"];
        };
        PlanCellView: {
            /** @example 126 */
            courses: number;
            /** @example 410 */
            sessions: number | null;
            /** @example 23543 */
            trainees: number;
        };
        PlanChangeRowView: {
            base: components["schemas"]["PlanCourseTraineesView"];
            change: components["schemas"]["PlanCourseTraineesView"];
            /** @description The change against the previous year's other version, for comparison */
            changeAgainstOther: components["schemas"]["PlanCourseTraineesView"] | null;
            current: components["schemas"]["PlanCourseTraineesView"];
            /** @enum {string} */
            educationType: "total" | "general" | "e_learning";
            /** @example Total */
            nameEn: string;
            /** @example 전체 */
            nameKo: string;
        };
        PlanCourseTraineesView: {
            /** @example 69 */
            courses: number;
            /** @example 100185 */
            trainees: number;
        };
        PlanDeliveryModeReportView: {
            notes: components["schemas"]["PlanNoteView"][];
            rows: components["schemas"]["PlanDeliveryModeRowView"][];
        };
        PlanDeliveryModeRowView: {
            eLearning: components["schemas"]["PlanModeCountView"];
            faceToFace: components["schemas"]["PlanModeCountView"];
            /**
             * @description Non-face-to-face share of general education courses, percent rounded half up
             * @example 48
             */
            generalNonFaceToFaceShare: number;
            nonFaceToFace: components["schemas"]["PlanNonFaceToFaceCountView"];
            /** @example 390 */
            totalCourses: number;
            version: components["schemas"]["PlanVersionHeaderView"];
        };
        PlanImportErrorView: {
            /** @example VALIDATION */
            code: components["schemas"]["ErrorCode"];
            errors?: components["schemas"]["FieldErrorBody"][];
            /** @description The field a domain rule concerns, when it concerns one */
            field?: string;
            /** @example Invalid input */
            message: string;
            /** @description The code's parameters: a rule's limits (`max`, `min`, `values`), the name of what clashed, an amount in won. */
            params?: {
                [key: string]: string | number | boolean | (string | number)[];
            };
            rows: components["schemas"]["PlanImportRowErrorView"][];
            /** @example 400 */
            statusCode: number;
        };
        PlanImportProblemView: {
            /** @example PLAN_IMPORT.DUPLICATE_CODE */
            code: components["schemas"]["ErrorCode"];
            /**
             * @description The column it concerns, by its key (code, nameKo, educationType, field, …, q1Sessions)
             * @example code
             */
            field?: string;
            /**
             * @description The line of the file (the header is line 1)
             * @example 3
             */
            line: number;
            /**
             * @example {
             *       "code": "IT-AI-2023",
             *       "firstLine": 2
             *     }
             */
            params?: {
                [key: string]: unknown;
            };
        };
        PlanImportResultView: {
            /** @example 2 */
            coursesCreated: number;
            /** @example 0 */
            coursesUpdated: number;
            /** @example 2 */
            rows: number;
        };
        PlanImportRowErrorView: {
            /** @example 3 */
            line: number;
            /** @description The reasons, "한국어 / English" */
            messages: string[];
            problems: components["schemas"]["PlanImportProblemView"][];
        };
        PlanLineDto: {
            /**
             * @description Sessions (횟수) per quarter
             * @example [
             *       1,
             *       2,
             *       1,
             *       0
             *     ]
             */
            sessions: number[];
            /**
             * @description Trainees (인원) per quarter
             * @example [
             *       30,
             *       60,
             *       30,
             *       0
             *     ]
             */
            trainees: number[];
        };
        PlanLineView: {
            /** Format: uuid */
            courseId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planVersionId: string;
            /**
             * @example [
             *       1,
             *       2,
             *       1,
             *       0
             *     ]
             */
            sessions: number[];
            /** Format: uuid */
            tenantId: string;
            /**
             * @example [
             *       30,
             *       60,
             *       30,
             *       0
             *     ]
             */
            trainees: number[];
        };
        PlanMemoFiguresView: {
            sessions: number | null;
            /** @example 33000 */
            trainees: number | null;
        };
        PlanMemoLineView: {
            /** @description The section it is printed in; null for footnotes of the whole table */
            educationType: components["schemas"]["EducationType"] | null;
            /** @enum {string} */
            kind: "parenthetical" | "footnote";
            /** @example u-Knowledge Journey */
            labelEn: string;
            /** @example u-지식여행 */
            labelKo: string;
            sessions: number | null;
            /** @example 33000 */
            trainees: number | null;
        };
        PlanModeCountView: {
            /** @example 66 */
            courses: number;
            /**
             * @description Percent of all the version’s courses, rounded half up
             * @example 17
             */
            share: number;
            /** @example 5089 */
            trainees: number;
        };
        PlanNonFaceToFaceCountView: {
            blendedCohort: number;
            blendedCourse: number;
            /** @example 66 */
            courses: number;
            remote: number;
            /**
             * @description Percent of all the version’s courses, rounded half up
             * @example 17
             */
            share: number;
            /** @example 5089 */
            trainees: number;
        };
        PlanNoteView: {
            en: string;
            ko: string;
            /**
             * @description The discrepancy's number in source-discrepancies.md, when it is one
             * @example D5
             */
            ref: string | null;
        };
        PlanQuarterApartView: {
            /** @description Cohorts held of the category's courses in the plan's year, and their trainees; null when the catalog has no such course */
            booked: components["schemas"]["PlanQuarterHeldView"] | null;
            /**
             * @description The budget it plans to spend per quarter (Q1…Q4), integer won; null when the plan gives none
             * @example [
             *       105219000,
             *       47650000,
             *       47650000,
             *       63948000
             *     ]
             */
            budget: number[] | null;
            /**
             * @description The course category its courses are under
             * @example international_training
             */
            categoryCode: string | null;
            /** @example International training for foreign officials (counted separately, not in the totals) */
            labelEn: string;
            /** @example 외국공무원 대상 국제연수 운영 (별도 통계, 합계 제외) */
            labelKo: string;
            /**
             * @description Q1…Q4
             * @example [
             *       1,
             *       3,
             *       3,
             *       3
             *     ]
             */
            sessions: number[];
            /**
             * @description Q1…Q4
             * @example [
             *       15,
             *       45,
             *       45,
             *       39
             *     ]
             */
            trainees: number[];
        };
        PlanQuarterCourseView: {
            /** @example RETIRE-FUTURE */
            code: string;
            /** Format: uuid */
            courseId: string;
            held: components["schemas"]["PlanQuarterHeldView"];
            /** @example Happy Future Design course */
            nameEn: string;
            /** @example 행복한 미래설계 과정 */
            nameKo: string;
            /**
             * @example [
             *       1,
             *       2,
             *       2,
             *       1
             *     ]
             */
            sessions: number[] | null;
            /**
             * @example [
             *       125,
             *       276,
             *       325,
             *       100
             *     ]
             */
            trainees: number[];
        };
        PlanQuarterHeldView: {
            /**
             * @example [
             *       1,
             *       0,
             *       0,
             *       0
             *     ]
             */
            cohorts: number[];
            /**
             * @description The cohorts' estimated cost per quarter, integer won
             * @example [
             *       12000000,
             *       0,
             *       0,
             *       0
             *     ]
             */
            estimatedCost: number[];
            /**
             * @example [
             *       118,
             *       0,
             *       0,
             *       0
             *     ]
             */
            trainees: number[];
        };
        PlanQuarterReportView: {
            /** @description Plans kept out of the totals with quarters of their own (2-7) */
            apart: components["schemas"]["PlanQuarterApartView"][];
            notes: components["schemas"]["PlanNoteView"][];
            rows: components["schemas"]["PlanQuarterRowView"][];
            version: components["schemas"]["PlanVersionHeaderView"];
        };
        PlanQuarterRowView: {
            /** @example NEWCOMER */
            budgetLineCode: string | null;
            /** @example 3 */
            courses: number;
            educationType: components["schemas"]["EducationType"];
            /** @description The row's courses' cohorts held in the plan's year */
            held: components["schemas"]["PlanQuarterHeldView"];
            /** @description The courses one by one when the row carries several programmes the plan names (none generated) */
            programmes: components["schemas"]["PlanQuarterCourseView"][];
            /**
             * @example [
             *       1,
             *       1,
             *       1,
             *       0
             *     ]
             */
            sessions: number[] | null;
            /**
             * @example [
             *       30,
             *       30,
             *       30,
             *       0
             *     ]
             */
            trainees: number[];
        };
        /** @enum {string} */
        PlanReportFormat: "json" | "xlsx" | "csv";
        PlanRestructuringCountsView: {
            /** @description In none of the three: carried on as it was (계속) */
            continued: number;
            /** @example 119 */
            improved: number;
            /** @example 17 */
            merged: number;
            /** @example 86 */
            new: number;
            total: number;
        };
        PlanRestructuringReportView: {
            notes: components["schemas"]["PlanNoteView"][];
            rows: components["schemas"]["PlanRestructuringRowView"][];
        };
        PlanRestructuringRowView: {
            eLearning: components["schemas"]["PlanRestructuringCountsView"];
            general: components["schemas"]["PlanRestructuringCountsView"];
            total: components["schemas"]["PlanRestructuringCountsView"];
            version: components["schemas"]["PlanVersionHeaderView"];
        };
        PlanSourceFiguresView: {
            change?: components["schemas"]["PrintedPlanChangeView"];
            deliveryShares?: components["schemas"]["PrintedDeliverySharesView"];
            /** @example 서울특별시 인재개발원 2022 주요업무보고 */
            documentKo: string;
            /** @description Printed e-learning trainees per quarter */
            eLearningQuarterTrainees?: number[];
            /** @description Printed share of general courses run non-face-to-face, in percent */
            generalNonFaceToFaceShare?: number;
            /**
             * @description Printed headline of planned trainees in thousands
             * @example 283
             */
            headlineTraineesThousand?: number;
        };
        PlanSummaryGroupView: {
            cells: components["schemas"]["PlanCellView"][];
            /**
             * @description The category code; null for courses in none (기타)
             * @example core_values
             */
            code: string | null;
            /** @example Core values */
            nameEn: string;
            /** @example 핵심가치 */
            nameKo: string;
            rows: components["schemas"]["PlanSummaryRowView"][];
        };
        PlanSummaryMemoView: {
            /** @example u-Knowledge Journey */
            labelEn: string;
            /** @example u-지식여행 */
            labelKo: string;
            /** @description One per version, null where the version has none */
            values: (components["schemas"]["PlanMemoFiguresView"] | null)[];
        };
        PlanSummaryReportView: {
            footnotes: components["schemas"]["PlanSummaryMemoView"][];
            notes: components["schemas"]["PlanNoteView"][];
            sections: components["schemas"]["PlanSummarySectionView"][];
            /** @description One per version */
            total: components["schemas"]["PlanCellView"][];
            versions: components["schemas"]["PlanVersionHeaderView"][];
        };
        PlanSummaryRowView: {
            cells: components["schemas"]["PlanCellView"][];
            /**
             * @description The category code; null for courses in none (기타)
             * @example core_values
             */
            code: string | null;
            /** @example Core values */
            nameEn: string;
            /** @example 핵심가치 */
            nameKo: string;
        };
        PlanSummarySectionView: {
            educationType: components["schemas"]["EducationType"];
            groups: components["schemas"]["PlanSummaryGroupView"][];
            /** @description Printed in the section but outside its totals */
            memoLines: components["schemas"]["PlanSummaryMemoView"][];
            /** @example General education */
            nameEn: string;
            /** @example 일반교육 */
            nameKo: string;
            subtotal: components["schemas"]["PlanCellView"][];
        };
        PlanVersionDetailView: {
            /** Format: date-time */
            approvedAt: string | null;
            /** Format: uuid */
            approvedBy: string | null;
            /**
             * Format: uuid
             * @description The version whose lines this one started from
             */
            basedOnId: string | null;
            /** @example 390 */
            courses: number;
            /** Format: date-time */
            createdAt: string;
            /** @example 2022 */
            fiscalYear: number;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["PlanVersionKind"];
            /** @example 2022 plan (draft) */
            labelEn: string;
            /** @example 2022년 계획(안) */
            labelKo: string;
            lines: components["schemas"]["PlanVersionLineView"][];
            memoLines: components["schemas"]["PlanMemoLineView"][];
            /**
             * @description General education sessions; e-learning has none
             * @example 410
             */
            sessions: number;
            sourceFigures: components["schemas"]["PlanSourceFiguresView"] | null;
            status: components["schemas"]["PlanVersionStatus"];
            /** @example 383773 */
            trainees: number;
            /**
             * @description 1 for the original; 2, 3, … for changes
             * @example 1
             */
            versionNo: number;
        };
        PlanVersionHeaderView: {
            /** @example 2022 */
            fiscalYear: number;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["PlanVersionKind"];
            /** @example 2022 plan (draft) */
            labelEn: string;
            /** @example 2022년 계획(안) */
            labelKo: string;
            status: components["schemas"]["PlanVersionStatus"];
            /** @example 1 */
            versionNo: number;
        };
        /** @enum {string} */
        PlanVersionKind: "original" | "changed";
        PlanVersionLineView: {
            /** @example NEWCOMER */
            code: string;
            /** Format: uuid */
            courseId: string;
            deliveryMode: components["schemas"]["DeliveryMode"];
            educationType: components["schemas"]["EducationType"];
            /** @example basic_competency */
            fieldCode: string;
            generated: boolean;
            /** @example Newcomer training course */
            nameEn: string;
            /** @example 신임자 교육과정 */
            nameKo: string;
            /**
             * @example [
             *       1,
             *       1,
             *       1,
             *       0
             *     ]
             */
            sessions: number[];
            subfieldCode: string | null;
            /**
             * @example [
             *       30,
             *       30,
             *       30,
             *       0
             *     ]
             */
            trainees: number[];
            yearStatus: components["schemas"]["CourseStatus"];
        };
        /** @enum {string} */
        PlanVersionStatus: "draft" | "approved";
        PlanVersionView: {
            /** Format: date-time */
            approvedAt: string | null;
            /** Format: uuid */
            approvedBy: string | null;
            /**
             * Format: uuid
             * @description The version whose lines this one started from
             */
            basedOnId: string | null;
            /** @example 390 */
            courses: number;
            /** Format: date-time */
            createdAt: string;
            /** @example 2022 */
            fiscalYear: number;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["PlanVersionKind"];
            /** @example 2022 plan (draft) */
            labelEn: string;
            /** @example 2022년 계획(안) */
            labelKo: string;
            memoLines: components["schemas"]["PlanMemoLineView"][];
            /**
             * @description General education sessions; e-learning has none
             * @example 410
             */
            sessions: number;
            sourceFigures: components["schemas"]["PlanSourceFiguresView"] | null;
            status: components["schemas"]["PlanVersionStatus"];
            /** @example 383773 */
            trainees: number;
            /**
             * @description 1 for the original; 2, 3, … for changes
             * @example 1
             */
            versionNo: number;
        };
        PlanYearOnYearReportView: {
            base: components["schemas"]["PlanVersionHeaderView"];
            notes: components["schemas"]["PlanNoteView"][];
            other: components["schemas"]["PlanVersionHeaderView"] | null;
            rows: components["schemas"]["PlanChangeRowView"][];
            version: components["schemas"]["PlanVersionHeaderView"];
        };
        PortalExamView: {
            /** Format: date-time */
            applicationClosesAt: string;
            /** Format: date-time */
            applicationOpensAt: string;
            /** Format: uuid */
            id: string;
            institute: components["schemas"]["ExamInstituteView"];
            kind: components["schemas"]["ExamKind"];
            /**
             * @description openings of all its positions together
             * @example 418
             */
            openings: number;
            /** @description before, during or after the application window, now */
            phase: components["schemas"]["ExamPhase"];
            /**
             * @description how many positions (모집단위) the exam has
             * @example 12
             */
            positionsCount: number;
            /** @example 1 */
            roundNo: number;
            /** @example 418 */
            selectionPlanned: number;
            /** @example 2027 Seoul local civil service open competitive exam, round 1 */
            titleEn: string;
            /** @example 2027년도 제1회 서울특별시 지방공무원 공개경쟁임용시험 */
            titleKo: string;
            /** @example 2027 */
            year: number;
        };
        PositionOutcomeView: {
            interviewed: number;
            openings: number;
            passed: number;
            /** Format: uuid */
            positionId: string;
        };
        /** @enum {string} */
        PositionTrack: "general" | "disabled" | "low_income" | "veterans_recommendation" | "high_school";
        PositionView: {
            /** @description applications counted from the application events */
            applicants: number;
            /**
             * @description 경쟁률: applicants per opening, one decimal
             * @example 2.5
             */
            competitionRatio: number;
            /**
             * @description Integer won as a string (bigint)
             * @example 5000
             */
            fee: string;
            /** @example 9 */
            grade: number;
            /** Format: uuid */
            id: string;
            /** @example general_admin */
            jobSeries: string;
            /** @example 일반행정 */
            jobSeriesKo: string;
            /**
             * @description least age in the year of the exam
             * @example 18
             */
            minAge: number;
            /** @example 250 */
            openings: number;
            /** @description paid fees counted from the fee events */
            paid: number;
            /** @description the written pass mark as a percentage of openings (150 = 1.5 ×) */
            passMultiplePercent: number | null;
            /**
             * @description Order within the exam; also the position's digits in exam numbers
             * @example 1
             */
            seq: number;
            track: components["schemas"]["PositionTrack"];
            /** @description the written score the pass mark came to, in hundredths of a point */
            writtenCutoff: number | null;
        };
        PreparatoryCohortView: {
            cancelled: boolean;
            /** Format: uuid */
            cohortId: string;
            /** @example ASSESSMENT-PREP */
            courseCode: string;
            /** @example 역량평가 이해과정 */
            courseNameKo: string;
            /** Format: date */
            endDate: string;
            /** Format: date */
            startDate: string;
            /** Format: uuid */
            tenantId: string;
        };
        PreparatoryCourseView: {
            /** @description 폐강: the cohort was cancelled */
            cancelled: boolean;
            /** Format: uuid */
            cohortId: string;
            /** @example 역량평가 이해과정 */
            courseNameKo: string;
            /** Format: date */
            endDate: string;
            /** Format: date */
            startDate: string;
        };
        PrintedDeliverySharesView: {
            /** @example 68 */
            eLearning: number;
            /** @example 17 */
            faceToFace: number;
            /** @example 15 */
            nonFaceToFace: number;
        };
        PrintedPlanChangeView: {
            basis: components["schemas"]["PlanVersionKind"];
            eLearning: components["schemas"]["PlanCourseTraineesView"];
            general: components["schemas"]["PlanCourseTraineesView"];
            total: components["schemas"]["PlanCourseTraineesView"];
        };
        ProfileView: {
            /** @example 010-1234-5678 */
            phone: string | null;
        };
        ProgrammeBudgetView: {
            /**
             * @description Committed on the programme's line per quarter (null when it is funded outside the institute's budget)
             * @example [
             *       "12000000",
             *       "0",
             *       "0",
             *       "0"
             *     ]
             */
            booked: string[] | null;
            /**
             * @description Integer won as a string (bigint)
             * @example 90000000
             */
            bookedTotal: string | null;
            /**
             * @description Q1…Q4, integer won as strings
             * @example [
             *       "90000000",
             *       "150000000",
             *       "90000000",
             *       "80000000"
             *     ]
             */
            planned: string[];
            /**
             * @description Integer won as a string (bigint)
             * @example 90000000
             */
            plannedTotal: string;
        };
        ProgrammeCountsView: {
            /**
             * @description Commitments booked on the programme's line per quarter of their booking (null when it has no line here)
             * @example [
             *       1,
             *       0,
             *       0,
             *       0
             *     ]
             */
            booked: number[] | null;
            /** @example 1 */
            bookedTotal: number | null;
            /** @example Projects */
            labelEn: string;
            /**
             * @description What is counted, as the source names it
             * @example 사업수
             */
            labelKo: string;
            /**
             * @description Q1…Q4 as planned
             * @example [
             *       2,
             *       3,
             *       2,
             *       1
             *     ]
             */
            planned: number[];
            /** @example 8 */
            plannedTotal: number;
        };
        ProgrammePlanReportView: {
            /** @example 2022-12-31 */
            asOf: string;
            /** @example 2022 */
            fiscalYear: number;
            programmes: components["schemas"]["ProgrammePlanView"][];
        };
        ProgrammePlanView: {
            budget: components["schemas"]["ProgrammeBudgetView"];
            /**
             * @description The line that funds it; null when funded outside the book
             * @example BUILDING-REPAIR
             */
            budgetLineCode: string | null;
            /** @description What the programme counts per quarter (3-3: projects); null for none */
            counts: components["schemas"]["ProgrammeCountsView"] | null;
            /** @example External Cooperation Fund */
            fundEn: string | null;
            /**
             * @description The fund that pays for it when it is not a line of the book
             * @example 대외협력기금
             */
            fundKo: string | null;
            /** @example Facility improvements for the changing learning environment */
            labelEn: string;
            /** @example 교육환경 변화에 발맞춘 시설 개선 */
            labelKo: string;
            /**
             * @description The work report's section
             * @example 3-3
             */
            programme: string;
        };
        ProvisionalKeysDto: {
            /** @example 2027-04-09T09:00:00Z */
            objectionClosesAt: string;
            /** @example 2027-04-06T00:00:00Z */
            objectionOpensAt: string;
        };
        PublicationDto: {
            /**
             * @description the instant applicants may see the results (UTC)
             * @example 2027-05-27T01:00:00Z
             */
            publishAt: string;
            /** @enum {string} */
            stage: "written" | "final";
        };
        QuarterlyPlanRowDto: {
            /** @example Newcomer training course */
            labelEn?: string;
            /** @example 2-1 신임자 교육과정 운영 */
            labelKo: string;
            /**
             * @description first quarter (integer won)
             * @example 12000000
             */
            q1: number;
            /**
             * @description second quarter (integer won)
             * @example 12000000
             */
            q2: number;
            /**
             * @description third quarter (integer won)
             * @example 12000000
             */
            q3: number;
            /**
             * @description fourth quarter (integer won)
             * @example 12000000
             */
            q4: number;
        };
        QuarterlyPlanRowView: {
            /** @example Newcomer training course */
            labelEn: string;
            /** @example 2-1 신임자 교육과정 운영 */
            labelKo: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            q1: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            q2: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            q3: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            q4: string;
            reason: string;
            /** Format: date-time */
            revisedAt: string;
            /** @example 박기획 */
            revisedByName: string;
        };
        RateCandidateDto: {
            /** Format: uuid */
            candidateId: string;
            ratings: components["schemas"]["CompetencyRatingDto"][];
            /** @example in_basket_exercise */
            technique: string;
        };
        RatedCompetencyView: {
            /** @example policy_management */
            code: string;
            comment: string | null;
            /** @example Policy management */
            en: string;
            /** @example 정책관리 */
            ko: string;
            score: number | null;
        };
        RatingsRecordedView: {
            rated: number;
        };
        RecordCommitmentDto: {
            /**
             * @description amount committed (integer won)
             * @example 12000000
             */
            amount: number;
            /**
             * Format: date
             * @description 원인행위일: a day of the line's fiscal year
             * @example 2022-01-28
             */
            bookedOn: string;
            /** @example 1월 교재 인쇄 계약 */
            reason: string;
        };
        RecordedMarksView: {
            recorded: number;
        };
        RecordPaymentDto: {
            /**
             * @description amount paid (integer won)
             * @example 12000000
             */
            amount: number;
            /**
             * Format: date
             * @example 2022-01-28
             */
            paidOn: string;
            /** @example 1월 교재 인쇄 계약 */
            reason: string;
        };
        RecruitmentHeldTotalView: {
            /** @example 5 */
            announced: number;
            /** @example 2 */
            rounds: number;
            /** @example 4 */
            selected: number;
        };
        RecruitmentHeldView: {
            /**
             * @description Selections those exams announced
             * @example [
             *       5,
             *       0,
             *       0,
             *       0
             *     ]
             */
            announced: number[];
            /**
             * @description Exams per quarter of their result day
             * @example [
             *       2,
             *       0,
             *       0,
             *       0
             *     ]
             */
            rounds: number[];
            /**
             * @description Applicants who passed in the end
             * @example [
             *       4,
             *       0,
             *       0,
             *       0
             *     ]
             */
            selected: number[];
        };
        RecruitmentPlannedTotalView: {
            /** @example 27 */
            rounds: number;
            /** @example 100 */
            selections: number;
        };
        RecruitmentPlannedView: {
            /**
             * @description Q1…Q4
             * @example [
             *       8,
             *       6,
             *       7,
             *       6
             *     ]
             */
            rounds: number[];
            /**
             * @description Q1…Q4
             * @example [
             *       35,
             *       20,
             *       25,
             *       20
             *     ]
             */
            selections: number[];
        };
        RecruitmentPlanReportView: {
            /** @example 2022 */
            fiscalYear: number;
            /** @description Whether the year has a plan for the kind */
            hasPlan: boolean;
            held: components["schemas"]["RecruitmentHeldView"];
            heldTotal: components["schemas"]["RecruitmentHeldTotalView"];
            kind: components["schemas"]["ExamKind"];
            planned: components["schemas"]["RecruitmentPlannedView"];
            plannedTotal: components["schemas"]["RecruitmentPlannedTotalView"];
        };
        RefundQuoteView: {
            cancellable: boolean;
            /** Format: date-time */
            cancellationClosesAt: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 3000
             */
            refundAmount: string;
            /** @enum {number} */
            refundPercent: 0 | 50 | 60 | 100;
        };
        ReleaseCommitmentDto: {
            /**
             * @description amount released (integer won)
             * @example 12000000
             */
            amount: number;
            /**
             * Format: date
             * @description Defaults to today (Asia/Seoul)
             * @example 2022-01-28
             */
            bookedOn?: string;
            /** @example 1월 교재 인쇄 계약 */
            reason: string;
        };
        ResultLookupView: {
            /** Format: uuid */
            examId: string;
            /** @example 10100001 */
            examNumber: string;
            examTitleEn: string;
            examTitleKo: string;
            final: components["schemas"]["StageResultView"];
            /** @example 일반행정 9급 */
            positionLabelKo: string;
            written: components["schemas"]["StageResultView"];
        };
        ResultPublicationView: {
            /**
             * Format: date-time
             * @description when the results-published event left
             */
            announcedAt: string | null;
            /** Format: uuid */
            examId: string;
            passed: number;
            positions: number;
            /** Format: date-time */
            publishAt: string;
            stage: components["schemas"]["ResultStage"];
            /** Format: uuid */
            tenantId: string;
        };
        /** @enum {string} */
        ResultStage: "written" | "final";
        RevenuePrintedView: {
            /**
             * @description In thousand won, as the source prints it (△ for negatives, - for nothing)
             * @example 1,031,000
             */
            budget: string;
            /** @example 1,031백만원 */
            budgetMillion: string;
            /**
             * @description In thousand won, as the source prints it (△ for negatives, - for nothing)
             * @example 5
             */
            collected: string;
            /** @example 0.0% */
            collectionRate: string;
        };
        ReviseQuarterlyPlanDto: {
            /** @example 1월 교재 인쇄 계약 */
            reason: string;
            rows: components["schemas"]["QuarterlyPlanRowDto"][];
        };
        RevokeCertificateDto: {
            /** @example 출석 기록 오류로 수료 요건 미충족 / attendance was recorded wrongly */
            reason: string;
        };
        /** @enum {string} */
        Role: "admin" | "planner" | "course_manager" | "exam_officer" | "finance_officer" | "agency_admin" | "trainee" | "applicant" | "assessor" | "platform_operator";
        /** @enum {string} */
        RoomKind: "lecture" | "remote_studio" | "computer";
        RoomView: {
            /** @example 배움관 */
            building: string | null;
            /**
             * @description Normal seating capacity
             * @example 60
             */
            capacity: number;
            /** @example BAEUM-201 */
            code: string;
            /**
             * @example [
             *       "빔프로젝터"
             *     ]
             */
            equipment: string[];
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["RoomKind"];
            /** @example Baeum Hall 201 */
            nameEn: string;
            /** @example 배움관 201호 */
            nameKo: string;
            /**
             * @description Seats a cohort may have now (the distancing rule applied)
             * @example 30
             */
            seatsNow: number;
        };
        RosterApplicationView: {
            /** @example MAPO-GU */
            agencyCode: string;
            /** Format: date-time */
            appliedAt: string;
            /** @description The course's assessment, where its completion rule requires one */
            assessmentPassed: boolean | null;
            attendancePercent: number | null;
            /** @description Whose approval it awaits */
            awaiting: components["schemas"]["Approver"] | null;
            /** @description The institute may still withdraw it */
            canCancel: boolean;
            /** @example 2027-000042 */
            certificateNo: string | null;
            /**
             * Format: date-time
             * @description When staff revoked the certificate (수료증 취소)
             */
            certificateRevokedAt: string | null;
            /** @description Why the certificate was revoked */
            certificateRevokeReason: string | null;
            /** Format: uuid */
            cohortId: string;
            /** Format: date */
            completedOn: string | null;
            completionStatus: components["schemas"]["CompletionStatus"] | null;
            /** Format: date-time */
            confirmedAt: string | null;
            employeeNo: string | null;
            /** Format: date-time */
            endedAt: string | null;
            endReason: components["schemas"]["EnrollmentEndReason"] | null;
            /** @example 7급 */
            grade: string | null;
            /**
             * Format: uuid
             * @description The institute that runs the cohort
             */
            hostTenantId: string;
            /** Format: uuid */
            id: string;
            /** @example 행정 */
            jobSeries: string | null;
            /** @example 주무관 */
            position: string | null;
            /** @description E-learning progress (진도율) in percent */
            progressPercent: number | null;
            /** @description The agency's rank, 1 first; null after every ranked one */
            rank: number | null;
            status: components["schemas"]["EnrollmentStatus"];
            /** Format: uuid */
            traineeId: string;
            /** @example 김서울 */
            traineeName: string;
            /**
             * Format: uuid
             * @description The trainee's home institute
             */
            traineeTenantId: string;
            via: components["schemas"]["EnrollmentRoute"];
            /** Format: date-time */
            waitlistedAt: string | null;
        };
        SatisfactionCategoryView: {
            /**
             * @description general or e_learning
             * @example general
             */
            educationType: string;
            fieldCode: string | null;
            responses: number;
            score: number | null;
        };
        SatisfactionCourseView: {
            /** @example LEADERSHIP */
            courseCode: string;
            courseNameEn: string | null;
            /** @description The course's name (its code when no cohort names it) */
            courseNameKo: string;
            /**
             * @description general or e_learning
             * @example general
             */
            educationType: string;
            fieldCode: string | null;
            /**
             * @description Each item's mean, by item code
             * @example {
             *       "overall": 4,
             *       "content": 4.5
             *     }
             */
            items: {
                [key: string]: number | null;
            };
            responses: number;
            /**
             * @description Mean of the responses, each the mean of its items; 2 decimals
             * @example 4.4
             */
            score: number | null;
        };
        SatisfactionInstructorScoreDto: {
            /** Format: uuid */
            instructorId: string;
            score: number;
        };
        SatisfactionInstructorView: {
            /** Format: uuid */
            instructorId: string;
            name: string | null;
            responses: number;
            score: number | null;
        };
        /** @enum {string} */
        SatisfactionItemCode: "overall" | "content" | "usefulness" | "operation" | "environment";
        SatisfactionItemScoreDto: {
            itemCode: components["schemas"]["SatisfactionItemCode"];
            score: number;
        };
        SatisfactionItemView: {
            /** @example overall */
            code: string;
            /** @example Overall, I am satisfied with the course */
            en: string;
            /** @example 교육과정에 전반적으로 만족한다 */
            ko: string;
        };
        SatisfactionReceiptView: {
            /** @enum {boolean} */
            submitted: true;
        };
        SatisfactionResultsView: {
            categories: components["schemas"]["SatisfactionCategoryView"][];
            courses: components["schemas"]["SatisfactionCourseView"][];
            educationTypes: components["schemas"]["SatisfactionTypeView"][];
            instructors: components["schemas"]["SatisfactionInstructorView"][];
            /** @example 2021 */
            year: number;
        };
        SatisfactionSurveyDto: {
            /** Format: uuid */
            cohortId: string;
            comment?: string;
            instructors: components["schemas"]["SatisfactionInstructorScoreDto"][];
            items: components["schemas"]["SatisfactionItemScoreDto"][];
        };
        SatisfactionSurveyDueView: {
            /** Format: uuid */
            cohortId: string;
            courseNameEn: string | null;
            courseNameKo: string | null;
            /** Format: date */
            endDate: string;
            instructors: components["schemas"]["EnrollmentInstructorView"][];
            items: components["schemas"]["SatisfactionItemView"][];
            /** Format: date */
            startDate: string;
        };
        SatisfactionTypeView: {
            educationType: components["schemas"]["EducationType"];
            responses: number;
            /**
             * @description 4.49 points as 449
             * @example 449
             */
            scoreHundredths: number;
        };
        ScheduleCohortDto: {
            agencyQuotas?: components["schemas"]["CohortAgencyQuotaDto"][];
            /** @example 2027-02-23 */
            applicationCloses?: string;
            /** @example 2027-02-02 */
            applicationOpens?: string;
            approval?: components["schemas"]["ApprovalSteps"];
            /**
             * @description Defaults to the course's budget line
             * @example NEWCOMER
             */
            budgetLineCode?: string;
            /**
             * @description Last day a trainee may cancel by themselves
             * @example 2027-02-27
             */
            cancellationCloses?: string;
            capacity: number;
            /** Format: uuid */
            courseId: string;
            /** @example 16:00 */
            dailyEndTime?: string;
            /** @example 10:00 */
            dailyStartTime?: string;
            /** @description Defaults to the course's */
            deliveryMode?: components["schemas"]["DeliveryMode"];
            /** @example 2027-03-06 */
            endDate: string;
            /**
             * @description Estimated cost in won (integer)
             * @example 12000000
             */
            estimatedCost: number;
            instructorIds?: string[];
            /** @example 10 */
            minimumFill?: number;
            /** @example 2027-02-23 */
            minimumFillCutoff?: string;
            /** @example 교육 종료 후 실적 입력 / recorded after the training */
            pastReason?: string;
            /** Format: uuid */
            roomId?: string;
            /** @example 2027-03-02 */
            startDate: string;
        };
        ScheduledCohortPageView: {
            agencyQuotas: components["schemas"]["CohortAgencyQuotaView"][];
            /**
             * Format: date
             * @example 2027-02-23
             */
            applicationCloses: string;
            /**
             * Format: date
             * @example 2027-02-02
             */
            applicationOpens: string;
            approval: components["schemas"]["ApprovalSteps"];
            /** @example NEWCOMER */
            budgetLineCode: string;
            /**
             * Format: date
             * @description Last day a trainee may cancel by themselves
             * @example 2027-02-27
             */
            cancellationCloses: string;
            /** @example 30 */
            capacity: number;
            /**
             * @description 기수 번호 within its course
             * @example 1
             */
            cohortNo: number;
            /**
             * @description Committed amount, integer won as a string (bigint), from finance (null right after scheduling)
             * @example null
             */
            committedAmount: string | null;
            /**
             * @description Seats confirmed, as enrollment last reported them
             * @example 0
             */
            confirmed: number;
            /** @example NEWCOMER */
            courseCode: string;
            /** Format: uuid */
            courseId: string;
            /** @example Newcomer training course */
            courseNameEn: string;
            /** @example 신임자 교육과정 */
            courseNameKo: string;
            /** Format: date-time */
            createdAt: string;
            /** @example 18:00 */
            dailyEndTime: string;
            /** @example 09:00 */
            dailyStartTime: string;
            deliveryMode: components["schemas"]["DeliveryMode"];
            /**
             * Format: date
             * @example 2027-03-06
             */
            endDate: string;
            /**
             * @description Integer won as a string (bigint)
             * @example 12000000
             */
            estimatedCost: string;
            /** Format: date-time */
            fillUpdatedAt: string | null;
            /** Format: uuid */
            id: string;
            instructors: components["schemas"]["CohortInstructorView"][];
            /** @description Why a cohort that had already ended was scheduled after the fact */
            lateEntryReason: string | null;
            /** @description The requested capacity was lowered to the distancing limit (half the room, under 100) */
            limitedByDistancing: boolean;
            /** @example 0 */
            minimumFill: number;
            /**
             * Format: date
             * @example 2027-02-23
             */
            minimumFillCutoff: string;
            /** Format: uuid */
            roomId: string | null;
            /** @example Baeum Hall 201 */
            roomNameEn: string | null;
            /** @example 배움관 201호 */
            roomNameKo: string | null;
            /**
             * @description Free seats, from enrollment (null right after scheduling)
             * @example null
             */
            seatsFree: number | null;
            /**
             * Format: date
             * @example 2027-03-02
             */
            startDate: string;
            status: components["schemas"]["CohortStatus"];
            /** @description Why it was cancelled */
            statusReason: string | null;
            underFilled: boolean;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Trainees waiting, as enrollment last reported them
             * @example 0
             */
            waitlisted: number;
        };
        ScheduleInterviewsDto: {
            /**
             * @description panels sitting at once (interview rooms)
             * @example 2
             */
            panels: number;
            /**
             * @default 3
             * @example 3
             */
            panelSize: number;
            /**
             * @description candidates per session
             * @example 6
             */
            perSession: number;
            /**
             * @description first interview day; weekends are skipped
             * @example 2027-05-10
             */
            startsOn: string;
            /**
             * @description session start times each day (Seoul)
             * @example [
             *       "09:30",
             *       "13:30"
             *     ]
             */
            times: string[];
        };
        ScoreDisclosureView: {
            /** @description absent from the written exam: no scores and no standing */
            absent: boolean;
            /**
             * @description 평균: the total over the subjects, rounded down to two decimals
             * @example 90.5
             */
            average: number | null;
            /**
             * @description 가산점: the bonus percent of each subject's full marks, the larger statutory one (veterans 5/10, rescuers 3/5) plus the licences' (at most 5)
             * @example 10
             */
            bonusPercent: number;
            /**
             * Format: date-time
             * @description the end of the disclosure period (a year after publication)
             */
            disclosureEndsAt: string;
            /** Format: uuid */
            examId: string;
            /** @example 10100001 */
            examNumber: string;
            examTitleEn: string;
            examTitleKo: string;
            /**
             * @description the candidates of the position who passed the written exam
             * @example 3
             */
            passed: number;
            /**
             * @description 합격선: the position's written pass mark (an average)
             * @example 82.25
             */
            passMark: number | null;
            /** @example 일반행정 9급 */
            positionLabelKo: string;
            /**
             * Format: date-time
             * @description when the written results were published
             */
            publishedAt: string;
            /** @description the written result */
            result: components["schemas"]["StageResult"];
            /** @description null when absent */
            standing: components["schemas"]["StandingView"] | null;
            /** @description empty when absent */
            subjects: components["schemas"]["SubjectScoreView"][];
            /**
             * @description 총점: the sum of the scores with their bonus points
             * @example 362
             */
            total: number | null;
        };
        ScoreImportView: {
            absent: number;
            scored: number;
            /**
             * @example [
             *       "국어",
             *       "영어",
             *       "한국사",
             *       "행정법총론",
             *       "행정학개론"
             *     ]
             */
            subjects: string[];
        };
        ScreeningDecisionDto: {
            /** Format: uuid */
            applicationId: string;
            /** @enum {string} */
            result: "pass" | "fail";
        };
        SeatAssignmentView: {
            /** @description seated elsewhere than before (a room withdrawn or shrunk, an accommodation approved late) */
            moved: number;
            rooms: number;
            seated: number;
        };
        SessionView: {
            accessToken: string;
            /**
             * @description Seconds until the token expires
             * @example 900
             */
            expiresIn: number;
            user: components["schemas"]["UserView"];
        };
        /** @enum {string} */
        SheetFormat: "xlsx" | "csv";
        SignUpAcceptedView: {
            /**
             * @description the address the mail went to (as given, lower-case)
             * @example kim.eungsi@example.com
             */
            email: string;
            /** @enum {string} */
            status: "verification_sent";
        };
        SimulatedApprovalDto: {
            checkoutToken: string;
            /** @enum {string} */
            outcome: "approved" | "declined";
        };
        SimulatedApprovalView: {
            outcome: components["schemas"]["FeePaymentOutcome"];
            /** @enum {boolean} */
            received: true;
            status: components["schemas"]["FeePaymentCallbackStatus"];
        };
        SittingDto: {
            /** @description the exam’s budget line when not given */
            budgetLineCode?: string;
            /**
             * @description cost of the sitting in won (venues, proctors, printing)
             * @example 182000000
             */
            cost: number;
            /** @example 2027-02-26 */
            heldOn: string;
            /** @enum {string} */
            stage: "written" | "interview";
        };
        /** @enum {string} */
        SittingStage: "written" | "interview" | "assessment";
        SourceEventView: {
            correlationId: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description The event's payload (its contract in @baeum/contracts) */
            payload: {
                [key: string]: unknown;
            };
            /** @example curriculum */
            source: string;
            /** @example curriculum.cohort.scheduled */
            type: string;
            /** @example 1 */
            version: number;
        };
        /** @enum {string} */
        StageResult: "pass" | "fail" | "absent";
        StageResultView: {
            /**
             * Format: date-time
             * @description when the stage's results become visible; null while no date is set
             */
            publishAt: string | null;
            published: boolean;
            /** @description only once published */
            result?: components["schemas"]["StageResult"] | null;
        };
        StandingView: {
            /**
             * @description rank by written score (ties share a rank)
             * @example 15
             */
            rank: number;
            /**
             * @description the candidates of the position who sat the exam
             * @example 320
             */
            sat: number;
        };
        SubjectScoreView: {
            /** @description 과락: below 40 points, which fails the candidate whatever the average */
            belowMinimum: boolean;
            /**
             * @description 가산점: the bonus points added (a percentage of the full marks, only where the subject reaches 40)
             * @example 5
             */
            bonus: number;
            /**
             * @description the subject as the exam's announcement lists it; null when the announcement lists no such subject
             * @example 국어
             */
            nameKo: string | null;
            /**
             * @description 원점수: the score as marked, out of 100
             * @example 85.5
             */
            raw: number;
            /**
             * @description the score with its bonus points
             * @example 90.5
             */
            withBonus: number;
        };
        SuggestedHoursView: {
            /**
             * @description Respondents whose window holds these hours
             * @example 50
             */
            attendable: number;
            /** @example 16:00 */
            dailyEndTime: string;
            /** @example 10:00 */
            dailyStartTime: string;
            /** @example 50 */
            respondents: number;
            /**
             * @description Percent of respondents, rounded half up
             * @example 100
             */
            share: number;
        };
        SupportingDocumentView: {
            /** @enum {string} */
            contentType: "application/pdf" | "image/png" | "image/jpeg";
            /** @example 장애인증명서.pdf */
            fileName: string;
            /** Format: uuid */
            id: string;
            /** @description bytes */
            size: number;
            /** Format: date-time */
            uploadedAt: string;
        };
        /** @enum {string} */
        SurveyConstraint: "childcare" | "eldercare" | "commute" | "shift_work" | "health" | "workload";
        /** @enum {string} */
        SurveyWeekday: "mon" | "tue" | "wed" | "thu" | "fri";
        SwitchRoleDto: {
            role: components["schemas"]["Role"];
        };
        TraineeAccountUserView: {
            /** @example MAPO-GU */
            agencyCode: string;
            /** @example kim.seoul@mapo.example */
            email: string;
            /** Format: uuid */
            id: string;
            /** @example 김서울 */
            name: string;
            /** @example trainee */
            role: components["schemas"]["Role"];
        };
        TraineeAccountView: {
            /** @description Shown once; the trainee must replace it at first sign-in */
            temporaryPassword: string;
            trainee: components["schemas"]["TraineeView"];
            user: components["schemas"]["TraineeAccountUserView"];
        };
        TraineeCompletionResultView: {
            /** Format: uuid */
            applicationId: string;
            /** @example 2027-000042 */
            certificateNo: string | null;
            completed: boolean;
            /** @description Attendance (or e-learning progress) in percent */
            percent: number;
            /** @example 김서울 */
            traineeName: string;
        };
        TraineeImportResultView: {
            created: number;
            updated: number;
        };
        TraineeView: {
            /** @example MAPO-GU */
            agencyCode: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description 직원번호 / staff number
             * @example S2022-0042
             */
            employeeNo: string | null;
            /** @example 7급 */
            grade: string | null;
            /** Format: uuid */
            id: string;
            /** @example 행정 */
            jobSeries: string | null;
            /** @example 김서울 */
            name: string;
            /** @example 주무관 */
            position: string | null;
            /**
             * Format: uuid
             * @description The trainee's home institute
             */
            tenantId: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: uuid
             * @description Their sign-in account, once they have one
             */
            userId: string | null;
        };
        TrainingFiguresView: {
            courses: number;
            trainees: number;
        };
        TrainingResultsFieldView: {
            courses: number;
            educationType: components["schemas"]["EducationType"];
            fieldCode: string | null;
            satisfaction: number | null;
            trainees: number;
        };
        /**
         * @description waiting: for the 2021 catalog; running: reading the records; failed: stopped, taken up again at the next start
         * @enum {string}
         */
        TrainingResultsImportStatus: "waiting" | "running" | "failed";
        TrainingResultsImportView: {
            /**
             * @description How much of the file has been read, in whole percent (below 100 until done)
             * @example 45
             */
            percent: number;
            rowsRead: number;
            /** @description waiting: for the 2021 catalog; running: reading the records; failed: stopped, taken up again at the next start */
            status: components["schemas"]["TrainingResultsImportStatus"];
        };
        TrainingResultsOverallView: {
            /**
             * @description The plain mean of the general and e-learning scores (the source’s own)
             * @example 4.36
             */
            plainMeanOfTypes: number | null;
            /**
             * @description Weighted by completed trainees of each type
             * @example 4.23
             */
            traineeWeighted: number | null;
        };
        /** @enum {string} */
        TrainingResultsRowId: "total" | "general" | "e_learning";
        TrainingResultsRowView: {
            /** @description 실적 / completed */
            actual: components["schemas"]["TrainingFiguresView"];
            id: components["schemas"]["TrainingResultsRowId"];
            /** @description 계획 변경 / the changed plan */
            planChanged: components["schemas"]["TrainingFiguresView"] | null;
            /** @description 계획 당초 / the original plan; null when none was approved */
            planOriginal: components["schemas"]["TrainingFiguresView"] | null;
            /**
             * @description 만족도, 2 decimals
             * @example 4.49
             */
            satisfaction: number | null;
        };
        TrainingResultsView: {
            byField: components["schemas"]["TrainingResultsFieldView"][];
            /** @description 2021 수료 기록 가져오는 중 / the year's completions still being imported (the figures are not whole yet); null otherwise */
            importing: components["schemas"]["TrainingResultsImportView"] | null;
            overall: components["schemas"]["TrainingResultsOverallView"];
            rows: components["schemas"]["TrainingResultsRowView"][];
            /** @example 2021 */
            year: number;
        };
        /** @enum {string} */
        UnderFillDecision: "extend" | "merge" | "cancel";
        UnderFillDecisionDto: {
            /**
             * @description extend: the new last day of applications
             * @example 2027-02-27
             */
            applicationCloses?: string;
            /** @description 모집 연장, 통합, 폐강 / extend applications, merge, cancel */
            decision: components["schemas"]["UnderFillDecision"];
            /**
             * @description extend: the new minimum-fill cut-off (defaults to the new last day)
             * @example 2027-02-27
             */
            minimumFillCutoff?: string;
            note?: string;
            /**
             * Format: uuid
             * @description merge: the cohort of the same course to move the trainees to
             */
            targetCohortId?: string;
        };
        UnderFillDecisionResultView: {
            /** Format: uuid */
            cohortId: string;
            decision: components["schemas"]["UnderFillDecision"];
            /** @description Trainees moved to the target cohort (merge) */
            moved: number;
        };
        UpdateAdminUserDto: {
            /** @example MAPO-GU */
            agencyCode?: string | null;
            /** @example 박운영 */
            name?: string;
            roles?: components["schemas"]["Role"][];
        };
        UpdateAgencyDto: {
            /**
             * @description Seats per cohort an agency is given unless a cohort says otherwise (0-1000)
             * @example 2
             */
            defaultQuota?: number;
            kind?: components["schemas"]["AgencyKind"];
            /** @example Mapo-gu Office */
            nameEn?: string;
            /** @example 마포구청 */
            nameKo?: string;
        };
        UpdateCategoryDto: {
            /** @example Digital transformation */
            nameEn?: string;
            /** @example 디지털 전환 */
            nameKo?: string;
            sortOrder?: number;
        };
        UpdateCourseDto: {
            /** @example ICT */
            budgetLineCode?: string;
            /** @example 80 */
            completionMinAttendancePercent?: number;
            completionRequiresAssessment?: boolean;
            deliveryMode?: components["schemas"]["DeliveryMode"];
            /** @example Hands-on drafting of reports and letters with generative AI */
            descriptionEn?: string;
            /** @example 생성형 AI로 보고서와 공문 초안을 만드는 실습 과정 */
            descriptionKo?: string;
            educationType?: components["schemas"]["EducationType"];
            /** @example job_competency */
            fieldCode?: string;
            /** @example 21 */
            hours?: number;
            /** @example Document automation with AI */
            nameEn?: string;
            /** @example AI 활용 문서 자동화 */
            nameKo?: string;
            openToOtherProvinces?: boolean;
            /**
             * Format: uuid
             * @description The earlier course a merged course replaces
             */
            replacesCourseId?: string;
            /** @example it */
            subfieldCode?: string;
            /**
             * @example [
             *       5,
             *       6
             *     ]
             */
            targetGrades?: number[];
            /**
             * @example [
             *       "팀장"
             *     ]
             */
            targetPositions?: string[];
            yearStatus?: components["schemas"]["CourseStatus"];
        };
        UpdateCurriculumSettingsDto: {
            /** @example 18:00 */
            defaultDailyEnd?: string;
            /** @example 09:00 */
            defaultDailyStart?: string;
            /** @description 일상회복 1단계 거리두기: half a room, fewer than 100 people */
            distancingEnabled?: boolean;
        };
        UpdateExamDto: {
            /** @example 2026-10-27 */
            announcedOn?: string;
            /** @example 2027-01-07T09:00:00Z */
            applicationClosesAt?: string;
            /** @example 2027-01-03T00:00:00Z */
            applicationOpensAt?: string;
            /**
             * @default RECRUITMENT-EXAMS
             * @example RECRUITMENT-EXAMS
             */
            budgetLineCode: string;
            /**
             * @description last instant to cancel; exam numbers are given after it
             * @example 2027-02-15T09:00:00Z
             */
            cancellationClosesAt?: string;
            /** @description the same in English, for applicants reading in English; at most 2,000 characters; empty clears it */
            eligibilityEn?: string;
            /**
             * @description 응시자격 in the announcement's own words, beyond what the system checks (age, residency): at most 2,000 characters; empty clears it
             * @example 「지방공무원법」 제31조의 결격사유에 해당하거나 「지방공무원 임용령」 제65조에 따라 응시자격이 정지된 사람은 응시할 수 없습니다.
             */
            eligibilityKo?: string;
            /** @description fees by grade; the decree’s fees where not given */
            fees?: components["schemas"]["FeeDto"][];
            /** @example 2027-05-13 */
            interviewEndsOn?: string;
            /** @example 2027-05-09 */
            interviewStartsOn?: string;
            kind?: components["schemas"]["ExamKind"];
            /** @description 자격증 가산점 rules; at most 50 */
            licenceBonusRules?: components["schemas"]["LicenceBonusRuleDto"][];
            /** @example 2027-01-01 */
            residencyCutoffOn?: string;
            /** @example 세종특별자치시 */
            residencyRegionKo?: string;
            /** @example 2027-05-27 */
            resultOn?: string;
            /** @example 1 */
            roundNo?: number;
            /** @example 418 */
            selectionPlanned?: number;
            /** @default false */
            selectionTentative: boolean;
            /**
             * @description 시험과목 as the announcement lists them, in order; at most 10, each 1 to 50 characters
             * @example [
             *       "국어",
             *       "영어",
             *       "한국사",
             *       "행정법총론",
             *       "행정학개론"
             *     ]
             */
            subjects?: string[];
            /** @example 2027 Seoul local civil service open competitive exam, round 1 */
            titleEn?: string;
            /** @example 2027년도 제1회 서울특별시 지방공무원 공개경쟁임용시험 */
            titleKo?: string;
            /**
             * @description required for open recruitment
             * @example 2027-02-26
             */
            writtenExamOn?: string;
            /** @example 2027 */
            year?: number;
        };
        UpdateExamRoomDto: {
            accommodations?: components["schemas"]["AccommodationKind"][];
            /** @description false withdraws the room; assign seats again to move its applicants */
            available?: boolean;
            /** @example 30 */
            seats?: number;
        };
        UpdateInstituteSettingsDto: {
            /**
             * @description Upper-case letters, digits and -, 2-40
             * @example SEOUL-HRD
             */
            code?: string;
            /** @example 18:00 */
            defaultDailyEnd?: string;
            /** @example 09:00 */
            defaultDailyStart?: string;
            /** @description 일상회복 1단계 거리두기: half a room, fewer than 100 people */
            distancingEnabled?: boolean;
            /** @description The institute's own holidays (the national ones are built in) */
            holidays?: components["schemas"]["InstituteHolidayDto"][];
            /** @example Seoul Metropolitan Human Resource Development Center */
            nameEn?: string;
            /** @example 서울특별시 인재개발원 */
            nameKo?: string;
        };
        UpdateInstructorDto: {
            /** @example 서울연구원 */
            affiliation?: string;
            /** @example lecturer@example.org */
            email?: string;
            kind?: components["schemas"]["InstructorKind"];
            /** @example 김강사 */
            name?: string;
            /** @example 02-123-4567 */
            phone?: string;
            /** @example 도시계획국 추천 */
            recommendedBy?: string;
            /**
             * @example [
             *       "도시계획",
             *       "주택정책"
             *     ]
             */
            specialties?: string[];
        };
        UpdateInterviewerDto: {
            active: boolean;
        };
        UpdateNotificationPreferencesDto: {
            /**
             * @description 이메일 알림 / notices by e-mail
             * @example true
             */
            email: boolean;
            /**
             * @description 문자 방해 금지 끝 (서울 시각) / quiet hours end, Seoul time
             * @example 08:00
             */
            quietEnd: string | null;
            /**
             * @description 문자 방해 금지 시작 (서울 시각) / quiet hours start, Seoul time
             * @example 21:00
             */
            quietStart: string | null;
            /**
             * @description 문자 알림 (휴대전화 번호가 있을 때) / text messages, when a mobile number is on the account
             * @example false
             */
            sms: boolean;
        };
        UpdateProfileDto: {
            /**
             * @description 휴대전화 번호 (문자 알림용, 010-XXXX-XXXX), 없으면 null (AUTH.PHONE_INVALID) / mobile number for text messages, or null
             * @example 010-1234-5678
             */
            phone: string | null;
        };
        UpdateRoomDto: {
            /** @example 배움관 */
            building?: string;
            /** @example 60 */
            capacity?: number;
            /**
             * @example [
             *       "빔프로젝터",
             *       "전자칠판"
             *     ]
             */
            equipment?: string[];
            kind?: components["schemas"]["RoomKind"];
            /** @example Baeum Hall 301 */
            nameEn?: string;
            /** @example 배움관 301호 */
            nameKo?: string;
        };
        /** @enum {string} */
        UserStatus: "active" | "disabled" | "unverified";
        UserView: {
            /**
             * @description A trainee's or agency admin's agency, by code
             * @example MAPO-GU
             */
            agencyCode: string | null;
            /** @example trainee@seoul-hrd.example */
            email: string;
            /** Format: uuid */
            id: string;
            /** @description Signed in with a temporary password: a new one must be set first */
            mustChangePassword: boolean;
            /** @example 김교육 */
            name: string;
            role: components["schemas"]["Role"];
            /** @description Every role the user holds; the session acts in `role` */
            roles: components["schemas"]["Role"][];
            /** Format: uuid */
            tenantId: string;
            /** @example 서울특별시 인재개발원 */
            tenantName: string;
            /** @example Seoul Metropolitan Human Resources Development Center */
            tenantNameEn?: string;
            /** @example seoul-hrd */
            tenantSlug: string;
        };
        VenueView: {
            /** @example 서울특별시 마포구 월드컵로 123 */
            address: string;
            /**
             * @description the district office offering the venue
             * @example MAPO-GU
             */
            agencyCode: string;
            /** Format: uuid */
            id: string;
            /** @example 서울마포중학교 */
            nameKo: string;
            rooms: components["schemas"]["ExamRoomUsageView"][];
        };
        VerifySignUpDto: {
            /** @description the token of the link (/signup/verify?token=…) */
            token: string;
        };
        WaitingRoomView: {
            /** @description let in: resend the submission with the pass */
            admitted: boolean;
            /**
             * @description people let in per second, the rate the exam service sustains
             * @example 50
             */
            admittedPerSecond: number;
            /**
             * @description people ahead of the caller still waiting
             * @example 1280
             */
            ahead: number;
            /**
             * @description estimated seconds until the caller is let in
             * @example 26
             */
            estimatedWaitSeconds: number;
            /** @description send as the X-Waiting-Room-Pass header with the submission; given to every holder of a place, it opens at their turn (at once when admitted, after estimatedWaitSeconds while waiting), so nobody needs to ask again meanwhile */
            pass?: string;
            /** @description seconds the pass stays valid once open */
            passSeconds?: number;
            /** @description whether the caller holds a place (joined by a submission turned away as queued) */
            queued: boolean;
            /**
             * @description 대기번호: the caller's number in arrival order, while they hold a place
             * @example 5321
             */
            ticket?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    AgencyAdmin_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyAdminView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgencyAdmin_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgencyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyAdminView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgencyAdmin_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgencyAdmin_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgencyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyAdminView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgencyAdmin_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyAdminView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AgencyAdmin_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyAdminView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Audit_list: {
        parameters: {
            query?: {
                /** @description One action, or every action of a subject with `agency.` */
                action?: string;
                /** @description From this day (Seoul), inclusive */
                from?: string;
                /** @description At most this many entries (1-1000) */
                limit?: number;
                /** @description Words found in the actor, action, subject or the changed values */
                q?: string;
                /** @description Up to this day (Seoul), inclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Audit_export: {
        parameters: {
            query?: {
                /** @description One action, or every action of a subject with `agency.` */
                action?: string;
                /** @description 기본값 xlsx / xlsx by default */
                format?: components["schemas"]["SheetFormat"];
                /** @description From this day (Seoul), inclusive */
                from?: string;
                /** @description At most this many entries (1-1000) */
                limit?: number;
                /** @description Words found in the actor, action, subject or the changed values */
                q?: string;
                /** @description Up to this day (Seoul), inclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 감사 로그 / the audit log (xlsx or csv) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeliveryLog_list: {
        parameters: {
            query?: {
                /** @description The causing event type */
                eventType?: string;
                /** @description From 1 */
                page?: number;
                /** @description 1-100, 20 by default */
                pageSize?: number;
                /** @description The recipient's user id or e-mail address */
                recipient?: string;
                status?: components["schemas"]["DeliveryStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryLogPageView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MailCatcher_list: {
        parameters: {
            query?: {
                channel?: "email" | "sms";
                /** @description From 1 */
                page?: number;
                /** @description 1-50, 10 by default */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailCatcherPageView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InstituteSettings_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstituteSettingsView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InstituteSettings_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInstituteSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstituteSettingsView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InstituteSettings_logo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstituteImageView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InstituteSettings_seal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstituteImageView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminUsers_list: {
        parameters: {
            query?: {
                agencyCode?: string;
                /** @description From 1 */
                page?: number;
                /** @description 1-100, 20 by default */
                pageSize?: number;
                /** @description Words of the name or e-mail */
                q?: string;
                role?: components["schemas"]["Role"];
                status?: components["schemas"]["UserStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserPage"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminUsers_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdminUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserPasswordView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminUsers_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAdminUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminUsers_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminUsers_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminUsers_reset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserPasswordView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminUsers_unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ApplicantSignup_signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicantSignupDto"];
            };
        };
        responses: {
            /** @description the same for a new and a known e-mail */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpAcceptedView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ApplicantSignup_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifySignUpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PasswordReset_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetDto"];
            };
        };
        responses: {
            /** @description the same for every address, registered or not */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetAcceptedView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PasswordReset_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmPasswordResetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetDoneView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SwitchRole_switch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Cohorts_budgetLines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChargeableBudgetLineView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_categories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_createCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCategoryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_updateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCategoryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Cohorts_list: {
        parameters: {
            query?: {
                courseId?: string;
                from?: string;
                instructorId?: string;
                roomId?: string;
                status?: components["schemas"]["CohortStatus"];
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortPageView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Cohorts_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleCohortDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledCohortPageView"];
                };
            };
            /** @description The room or an instructor is booked at overlapping dates and hours */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortConflictErrorView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Cohorts_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortPageView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Cohorts_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeCohortDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledCohortPageView"];
                };
            };
            /** @description The room or an instructor is booked at overlapping dates and hours, or the cohort is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortConflictErrorView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Cohorts_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelCohortDto"];
            };
        };
        responses: {
            /** @description The cancelled cohort (폐강) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Cohorts_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The completed cohort (교육 종료) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_courseYears: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fiscal years that have a catalog, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": number[];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_carryCatalogForward: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CarryCatalogForwardDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogCarriedView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Cohorts_courses: {
        parameters: {
            query?: {
                deliveryMode?: components["schemas"]["DeliveryMode"];
                educationType?: components["schemas"]["EducationType"];
                fieldCode?: string;
                fiscalYear?: number;
                generated?: boolean;
                openToOtherProvinces?: boolean;
                /** @description Searches code, names and descriptions: every word must be found (Korean inside longer words too) */
                q?: string;
                subfieldCode?: string;
                yearStatus?: components["schemas"]["CourseStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_createCourse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCourseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_course: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseDetailView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_updateCourse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCourseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurriculumSettingsView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCurriculumSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurriculumSettingsView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_surveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandSurveyView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_createSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDemandSurveyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandSurveyView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_myResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyDemandSurveyResponseView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemandSurveyAnswerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandSurveyAnswerReceiptView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_surveyResults: {
        parameters: {
            query?: {
                /** @description Length of the suggested daily hours */
                hoursPerDay?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandSurveyResultsView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_agencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_agencyApplications: {
        parameters: {
            query?: {
                cohortId?: string;
                status?: components["schemas"]["EnrollmentStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostedApplicationView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_agencyQuotas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyQuotaStatusView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_apply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentApplicationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_application: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationWithCohortView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_assessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CourseAssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentApplicationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelApplicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentApplicationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentApplicationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningProgressDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentApplicationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostedMyApplicationView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_catalog: {
        parameters: {
            query?: {
                /** @description One course's cohorts (its page) */
                courseId?: string;
                educationType?: components["schemas"]["EducationType"];
                /** @description 과정명·코드·소개의 낱말 / words of the course name, code or description (every word must be found) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostedCatalogCohortView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_coursePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogCoursePageView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    EnrollmentFiles_certificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 수료증 / the certificate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_revokeCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCertificateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentApplicationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_cohorts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentCohortView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_cohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostedCohortWithQuotasView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_attendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceSheetView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_recordAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceEntriesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceSheetView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_attendanceExport: {
        parameters: {
            query?: {
                /** @description 기본값 xlsx / xlsx by default */
                format?: components["schemas"]["SheetFormat"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 출석부 / the attendance sheet as a file, in the shape an upload reads */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_importAttendance: {
        parameters: {
            query?: never;
            header: {
                /** @description The file's name, URI-encoded: its extension (.xlsx, .csv) says how to read it */
                "x-file-name": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The .xlsx or .csv file itself */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceUploadResultView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortCompletionView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_roster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortRosterView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_rosterExport: {
        parameters: {
            query?: {
                /** @description 기본값 xlsx / xlsx by default */
                format?: components["schemas"]["SheetFormat"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 명단 / the roster as a file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_selection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentCohortView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_addTrainee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCohortTraineeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentApplicationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_underFillDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnderFillDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnderFillDecisionResultView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_imports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionImportView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_createImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompletionImportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionImportView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_importStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionImportView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    EnrollmentFiles_importContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The CSV file, streamed (a heading row, then one completion per row) */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionImportView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_importErrors: {
        parameters: {
            query?: {
                /** @description 기본값 xlsx / xlsx by default */
                format?: components["schemas"]["SheetFormat"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refused rows: line, reasons, the row as read, and the coded problems (JSON: line, field, code, params) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_nominate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NominateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationResultsView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_agencyReport: {
        parameters: {
            query: {
                /** @description Required for institute staff; an agency admin's is their own */
                agencyCode?: string;
                /** @description 기본값 xlsx / xlsx by default */
                format?: components["schemas"]["SheetFormat"];
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyTrainingReportView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_agencyReportExport: {
        parameters: {
            query: {
                /** @description Required for institute staff; an agency admin's is their own */
                agencyCode?: string;
                /** @description 기본값 xlsx / xlsx by default */
                format?: components["schemas"]["SheetFormat"];
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 기관별 실적 / one agency's year as a file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_results: {
        parameters: {
            query: {
                /** @description 기본값 xlsx / xlsx by default */
                format?: components["schemas"]["SheetFormat"];
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingResultsView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_resultsExport: {
        parameters: {
            query: {
                /** @description 기본값 xlsx / xlsx by default */
                format?: components["schemas"]["SheetFormat"];
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 교육훈련 실적 / the results table as a file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_submitSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SatisfactionSurveyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionReceiptView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_surveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionSurveyDueView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_surveyResults: {
        parameters: {
            query: {
                /** @description 기본값 xlsx / xlsx by default */
                format?: components["schemas"]["SheetFormat"];
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionResultsView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_trainees: {
        parameters: {
            query?: {
                /** @description Institute staff's filter; an agency admin sees their own agency */
                agencyCode?: string;
                /** @description 성명 또는 직원번호 / name or staff number */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_createTrainee: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTraineeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_trainee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_updateTrainee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchTraineeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_importTrainees: {
        parameters: {
            query?: never;
            header: {
                /** @description The file's name, URI-encoded: its extension (.xlsx, .csv) says how to read it */
                "x-file-name": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The .xlsx or .csv file itself */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeImportResultView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Enrollment_underFilled: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentCohortView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_answerKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                examId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerKeysView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_objections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                examId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_object: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                examId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_submit: {
        parameters: {
            query?: never;
            header: {
                /** @description one key per application form; resend it on retry */
                "Idempotency-Key": string;
                /** @description the pass from the waiting room, once let in */
                "X-Waiting-Room-Pass"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationFormDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamApplicationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_application: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamApplicationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditApplicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamApplicationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_decideAccommodations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccommodationDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamApplicationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamApplicationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_documents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportingDocumentView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_upload: {
        parameters: {
            query?: never;
            header: {
                "x-file-name": string;
                /** @description the file's name, URL-encoded */
                "X-File-Name"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description PDF, PNG or JPG, at most 5 MB */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportingDocumentView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the document as uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_ineligible: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IneligibleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamApplicationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_interviewTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 면접시험 응시표 (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_pay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_receipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 접수증 (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_refundQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundQuoteView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_ticket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 응시표 (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamApplicationView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_feedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackReportView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_myFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackReportView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_models: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentModelView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_plan: {
        parameters: {
            query: {
                fiscalYear: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentPlanReportView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_rounds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentRoundSummaryView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_createRound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssessmentRoundDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentRoundView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_round: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentRoundDetailView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessorAssignmentView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_addCandidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCandidateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentCandidateView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_consolidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentConsolidationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_sitting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentSittingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSittingView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_myAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessorTaskView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_rate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateCandidateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingsRecordedView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_assessors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessorView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_addAssessor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssessorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessorView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_declareConflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConflictDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessorConflictView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_conflicts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessorConflictView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_exams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_createExam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExamDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_examById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_updateExam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExamDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_answerKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerKeysView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_saveAnswerKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerKeysDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerKeysView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_finalKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinalKeysView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_provisionalKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProvisionalKeysDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerKeysView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_applications: {
        parameters: {
            query?: {
                positionId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamApplicationView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_exportApplications: {
        parameters: {
            query: {
                format: components["schemas"]["ExamExportFormat"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 응시자 명단 (.xlsx or CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_screening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentScreeningDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentScreeningView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_examNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamNumbersView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_finalResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionOutcomeView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_scheduleInterviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleInterviewsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewScheduleView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_conflicts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewerConflictView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_declareConflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareInterviewerConflictDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclaredInterviewerConflictView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_interviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewBoardView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_uploadNotice: {
        parameters: {
            query?: never;
            header: {
                "x-file-name": string;
                /** @description the file's name, URL-encoded */
                "X-File-Name"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description the notice as a PDF, at most 8 MB */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamNoticeView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_decideObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerDecisionView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_objections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionQuestionView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_passList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassListPositionView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_exportPassList: {
        parameters: {
            query: {
                format: components["schemas"]["ExamExportFormat"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 최종 합격자 명단 (.xlsx or CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_pipeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamPipelineView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_addPosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePositionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_publications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultPublicationView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultPublicationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_seats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeatAssignmentView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_sitting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SittingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSittingView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_venues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VenueView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_addVenue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVenueDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewVenueView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_writtenAnswers: {
        parameters: {
            query?: never;
            header: {
                "x-file-name": string;
                /** @description the file's name, URL-encoded */
                "X-File-Name"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description the OMR scanner's answers (.csv or .xlsx): 응시번호 and each subject's marks */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerImportView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_writtenScores: {
        parameters: {
            query?: never;
            header: {
                "x-file-name": string;
                /** @description the file's name, URL-encoded */
                "X-File-Name"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description the OMR scanner's file (.csv or .xlsx): 응시번호 and a score per subject on each line */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreImportView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_verifyIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityVerificationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityVerificationView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_marks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewMarksDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedMarksView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_interviewers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewerView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_addInterviewer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInterviewerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewerView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_updateInterviewer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInterviewerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewerView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_photo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the current photo as uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_uploadPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description JPEG or PNG, exactly 300×400 px (3:4), at most 1 MB */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicantPhotoView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_photoInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyPhotoView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamPublic_approve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SimulatedApprovalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulatedApprovalView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamPublic_callback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentCallbackDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentReceiptView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_passMark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PassMarkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassMarkView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamAssessments_preparatoryCohorts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreparatoryCohortView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_recruitmentPlan: {
        parameters: {
            query: {
                fiscalYear: number;
                kind?: components["schemas"]["ExamKind"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruitmentPlanReportView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_result: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                examId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultLookupView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamApplicant_scores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                examId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreDisclosureView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_updateRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExamRoomDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamRoomView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamOfficer_addRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExamRoomDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamRoomView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_years: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetBookYearView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenFiscalYearDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetBookView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_book: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fiscalYear: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetBookView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_configureBook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fiscalYear: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfigureBookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetBookView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_addLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fiscalYear: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddBudgetLineDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetLineDetailView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_line: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                fiscalYear: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetLineDetailWithOfficerView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_configureLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                fiscalYear: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfigureLineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetLineDetailWithOfficerView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_amend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                fiscalYear: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendBudgetDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetLineDetailView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_commit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                fiscalYear: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCommitmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_revisePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                fiscalYear: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviseQuarterlyPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetLineDetailView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_bookHeld: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LedgerCorrectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_pay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPaymentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseCommitmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_reverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LedgerCorrectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryReversalView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_officers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetOfficerView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_report: {
        parameters: {
            query: {
                /** @description Defaults to today in the current year, to the year's last day otherwise */
                asOf?: string;
                fiscalYear: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionReportView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_export: {
        parameters: {
            query: {
                /** @description Defaults to today in the current year, to the year's last day otherwise */
                asOf?: string;
                fiscalYear: number;
                /** @description .xlsx when left out */
                format?: "xlsx" | "csv";
                /** @description The table a CSV holds (expenditure when left out); .xlsx holds all four */
                table?: components["schemas"]["ExecutionReportTable"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description .xlsx or CSV (UTF-8 with BOM), as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Finance_programmePlans: {
        parameters: {
            query: {
                /** @description Defaults to today in the current year, to the year's last day otherwise */
                asOf?: string;
                fiscalYear: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammePlanReportView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_instructors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contact details (email, phone) for staff only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstructorView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_createInstructor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInstructorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstructorView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_updateInstructor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInstructorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstructorView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_instructorSchedule: {
        parameters: {
            query?: {
                courseId?: string;
                from?: string;
                instructorId?: string;
                roomId?: string;
                status?: components["schemas"]["CohortStatus"];
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instructor's cohorts (scheduled ones unless a status is asked for) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Inbox_list: {
        parameters: {
            query?: {
                /** @description From 1 */
                page?: number;
                /** @description 1-100, 20 by default */
                pageSize?: number;
                /** @description Only the items not read yet */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Inbox_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxCountView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Inbox_count: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxCountView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Inbox_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxCountView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    NotificationPreferences_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    NotificationPreferences_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Auth_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Profile_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Profile_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_plans: {
        parameters: {
            query?: {
                fiscalYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanVersionView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_createPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanVersionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanVersionView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanVersionDetailView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_approvePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanVersionView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_exportPlan: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version in the import layout */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_importPlan: {
        parameters: {
            query?: never;
            header: {
                /** @description The file's name, URI-encoded (.xlsx or .csv) */
                "x-file-name": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanImportResultView"];
                };
            };
            /** @description No file, an unreadable file, or rows with problems (each listed in `rows`); nothing is imported */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanImportErrorView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_putLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courseId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanLineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanLineView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_removeLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courseId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The course is out of the draft version */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_template: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 교육훈련계획 양식 / the import template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_deliveryModesReport: {
        parameters: {
            query?: {
                format?: components["schemas"]["PlanReportFormat"];
                /** @description Comma-separated version ids, in column order; default: the previous year’s versions and this year’s latest */
                versionIds?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 교육방식별 과정 비중 / courses by delivery mode */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDeliveryModeReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_quartersReport: {
        parameters: {
            query: {
                format?: components["schemas"]["PlanReportFormat"];
                versionId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 분기별 교육계획 / the plan per quarter by budget line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanQuarterReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_restructuringReport: {
        parameters: {
            query?: {
                format?: components["schemas"]["PlanReportFormat"];
                /** @description Comma-separated version ids, in column order; default: the previous year’s versions and this year’s latest */
                versionIds?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 과정 개편내역 / restructured courses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanRestructuringReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_summaryReport: {
        parameters: {
            query?: {
                format?: components["schemas"]["PlanReportFormat"];
                /** @description Comma-separated version ids, in column order; default: the previous year’s versions and this year’s latest */
                versionIds?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 교육훈련계획 분야별 총괄표 / the summary by field */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanSummaryReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_yearOnYearReport: {
        parameters: {
            query: {
                /** @description Compare with the previous year's original (the source's basis) or its latest changed plan */
                basis?: components["schemas"]["PlanVersionKind"];
                format?: components["schemas"]["PlanReportFormat"];
                versionId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 전년 대비 증감 / the change against the previous year */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanYearOnYearReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Institutes_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstituteView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Institutes_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInstituteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedInstituteView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Institutes_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstituteView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Institutes_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstituteView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    EnrollmentFiles_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateCheckView"];
                };
            };
            /** @description No certificate has this code (CERTIFICATE.NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamPublic_announcements: {
        parameters: {
            query: {
                /** @description 기관 코드 / institute code */
                tenant: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamAnnouncementsView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamPublic_notice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                institute: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 공고문 (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ExamPublic_portal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamPortalView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_rooms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_createRoom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoomDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_updateRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoomDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Curriculum_roomSchedule: {
        parameters: {
            query?: {
                courseId?: string;
                from?: string;
                instructorId?: string;
                roomId?: string;
                status?: components["schemas"]["CohortStatus"];
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The room's cohorts (scheduled ones unless a status is asked for) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortView"][];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InstituteSettings_logoImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institute's logo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InstituteSettings_sealImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The seal certificates carry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TraineeAccounts_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTraineeAccountDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeAccountView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WaitingRoom_place: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingRoomView"];
                };
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 오류 / Error (a coded ErrorBody) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}

// Generated from the operations by `npm run openapi`: do not edit. A test fails when it is stale.
/** operationId → the roles that may call it; `public` needs no sign-in, an empty list any signed-in caller. */
export const operationRoles = {
  "getMe": [],
  "getHealth": "public",
  "getOpenApiDocument": "public",
  "getApiReference": "public",
  "getApiReferenceAsset": "public",
  "listOrganisations": [],
  "createOrganisation": [
    "admin"
  ],
  "getOrganisation": [],
  "updateOrganisation": [
    "admin"
  ],
  "deactivateOrganisation": [
    "admin"
  ],
  "reactivateOrganisation": [
    "admin"
  ],
  "listUsers": [
    "admin"
  ],
  "inviteUser": [
    "admin"
  ],
  "getUser": [
    "admin"
  ],
  "updateUser": [
    "admin"
  ],
  "disableUser": [
    "admin"
  ],
  "enableUser": [
    "admin"
  ],
  "resetUser": [
    "admin"
  ],
  "activateUser": "public",
  "listAuditEntries": [
    "admin",
    "supervisor"
  ],
  "listWorkingCalendarYears": [],
  "readWorkingCalendarYear": [],
  "enterWorkingCalendarYear": [
    "admin"
  ],
  "revertWorkingCalendarYear": [
    "admin"
  ],
  "offerEvidenceUpload": [],
  "getEvidenceSettings": [],
  "saveEvidenceSettings": [
    "admin"
  ],
  "assignRectification": [
    "supervisor"
  ],
  "listRectifications": [],
  "getRectification": [],
  "downloadRectificationEvidence": [],
  "getRectificationRules": [],
  "saveRectificationRules": [
    "admin"
  ],
  "acknowledgeRectification": [],
  "reportProgressRectification": [],
  "requestCloseRectification": [],
  "closeRectification": [],
  "returnRectification": [],
  "requestExtensionRectification": [],
  "decideExtensionRectification": [],
  "escalateRectification": [],
  "reopenRectification": [],
  "cancelRectification": [],
  "updateMeasureRectification": [],
  "waiveMeasureRectification": [],
  "createRectificationCampaign": [
    "supervisor"
  ],
  "listRectificationCampaigns": [],
  "readRectificationCampaign": [],
  "downloadRectificationCampaignImportTemplate": [
    "supervisor"
  ],
  "importRectificationCampaignList": [
    "supervisor"
  ],
  "exportRectificationCampaignLists": [
    "supervisor",
    "admin",
    "inspector"
  ],
  "listChecklistTemplates": [],
  "createChecklistTemplate": [
    "admin"
  ],
  "listChecklistTemplateVersions": [],
  "addChecklistTemplateVersion": [
    "admin"
  ],
  "getChecklistTemplateVersion": [],
  "saveChecklistTemplateDraft": [
    "admin"
  ],
  "publishChecklistTemplateVersion": [
    "admin"
  ],
  "listChecklistTargets": [],
  "setChecklistTarget": [
    "admin"
  ],
  "downloadChecklistEvidence": [
    "inspector",
    "supervisor",
    "admin",
    "office"
  ],
  "submitChecklist": [
    "inspector"
  ],
  "listChecklistSubmissions": [
    "inspector",
    "supervisor",
    "admin",
    "office"
  ],
  "getChecklistSubmission": [
    "inspector",
    "supervisor",
    "admin",
    "office"
  ],
  "returnChecklistSubmission": [
    "supervisor"
  ],
  "resubmitChecklist": [
    "inspector"
  ],
  "acceptChecklistSubmission": [
    "supervisor"
  ],
  "getAgencyProfile": [],
  "putAgencyProfile": [
    "admin"
  ],
  "listOfficers": [],
  "putOfficer": [
    "admin"
  ],
  "getEnterprise": [],
  "listEnterprises": [],
  "putEnterprise": [
    "admin"
  ],
  "fileInspectionPlan": [
    "agency"
  ],
  "checkInspectionPlan": [
    "agency"
  ],
  "listInspectionFilings": [
    "agency",
    "supervisor",
    "admin"
  ],
  "getInspectionFiling": [
    "agency",
    "supervisor",
    "admin"
  ],
  "downloadFilingEvidence": [
    "agency",
    "supervisor",
    "admin"
  ],
  "cancelInspectionFiling": [
    "agency",
    "supervisor"
  ],
  "fileInspectionResult": [
    "agency"
  ],
  "getInspectionRating": [
    "supervisor",
    "admin"
  ],
  "formJointInspection": [
    "agency",
    "supervisor"
  ],
  "offerEvidenceUploadByEnterprise": "public",
  "downloadEvidenceByEnterprise": "public",
  "verifyInspectionCode": "public",
  "rateInspection": "public",
  "acknowledgeByEnterprise": "public",
  "reportProgressByEnterprise": "public",
  "requestCloseByEnterprise": "public",
  "requestExtensionByEnterprise": "public",
  "listNotifications": [],
  "markNotificationRead": [],
  "getReminderSettings": [],
  "saveReminderSettings": [
    "admin"
  ],
  "listWebhooks": [
    "admin"
  ],
  "testWebhook": [
    "admin"
  ],
  "saveWebhook": [
    "admin"
  ],
  "getChecklistReport": [
    "admin",
    "supervisor",
    "inspector"
  ],
  "getInspectionReport": [
    "admin",
    "supervisor",
    "inspector",
    "agency"
  ],
  "getRectificationReport": [
    "admin",
    "supervisor",
    "inspector",
    "agency",
    "office"
  ],
  "listQuarterlyReports": [
    "admin",
    "supervisor"
  ],
  "downloadQuarterlyReport": [
    "admin",
    "supervisor"
  ],
  "exportReport": [
    "admin",
    "supervisor",
    "inspector",
    "agency",
    "office"
  ]
} as const;

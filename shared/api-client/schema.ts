// Generated from the OpenAPI document by `npm run openapi`: do not edit. A test fails when it is stale.
/* eslint-disable */
export interface paths {
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 接口参考页 · The reference page of this API
         * @description Public: no token.
         */
        get: operations["getApiReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 参考页资源 · A script or style sheet of the reference page
         * @description Public: no token.
         */
        get: operations["getApiReferenceAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 健康检查 · Whether the table and the consumer queues are reachable
         * @description Public: no token.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 接口文档 · This OpenAPI 3.1 document
         * @description Public: no token.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 激活账号 · Set your password with the activation code you were given
         * @description Public: no token.
         */
        post: operations["activateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{agency}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 检查事项清单 · Read an agency's published inspection items, caps and exemptions
         * @description Any signed-in caller.
         */
        get: operations["getAgencyProfile"];
        /**
         * 设置检查事项清单 · Publish an agency's inspection items, caps and exemptions
         * @description Roles: admin.
         */
        put: operations["putAgencyProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 操作日志 · What happened to a subject, by whom and when
         * @description `subject` is `<kind>:<id>`, e.g. `user:01J…`, `organisation:office-xinjie`, `rectification:01J…`.
         *
         *     Roles: admin, supervisor.
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklist-submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 检查评估列表 · List assessments
         * @description Filter by at least one of subject, inspector, templateId, grade or year. Offices see their own.
         *
         *     Roles: inspector, supervisor, admin, office.
         */
        get: operations["listChecklistSubmissions"];
        put?: never;
        /**
         * 提交检查评估 · Submit a checklist assessment
         * @description The server scores the answers against that exact template version; a client-sent score is ignored.
         *
         *     Roles: inspector.
         */
        post: operations["submitChecklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklist-submissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 检查评估详情 · Read an assessment with its revisions
         * @description Roles: inspector, supervisor, admin, office.
         */
        get: operations["getChecklistSubmission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklist-submissions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核通过 · Accept an assessment (failed items become rectification items)
         * @description Roles: supervisor.
         */
        post: operations["acceptChecklistSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklist-submissions/{id}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载评估佐证材料 · Download an evidence file of an assessment (any revision)
         * @description Answers a presigned link valid for 5 minutes; `disposition=inline` shows an image or PDF in the page (thumbnails), the default downloads it under its own name.
         *
         *     Roles: inspector, supervisor, admin, office.
         */
        get: operations["downloadChecklistEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklist-submissions/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新提交 · Resubmit a returned assessment
         * @description Roles: inspector.
         */
        post: operations["resubmitChecklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklist-submissions/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退回修改 · Return an assessment for correction
         * @description Roles: supervisor.
         */
        post: operations["returnChecklistSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklist-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 年度达标目标 · List yearly targets
         * @description Any signed-in caller.
         */
        get: operations["listChecklistTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklist-targets/{kind}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置年度达标目标 · Set the share of subjects that must meet the standard in a year
         * @description Roles: admin.
         */
        put: operations["setChecklistTarget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklist-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 检查表模板列表 · List checklist templates
         * @description Any signed-in caller.
         */
        get: operations["listChecklistTemplates"];
        put?: never;
        /**
         * 新建检查表模板 · Create a template (as draft version 1)
         * @description Roles: admin.
         */
        post: operations["createChecklistTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklist-templates/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 模板版本 · List the versions of a template
         * @description Any signed-in caller.
         */
        get: operations["listChecklistTemplateVersions"];
        put?: never;
        /**
         * 新建模板版本 · Open a new draft version
         * @description Roles: admin.
         */
        post: operations["addChecklistTemplateVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklist-templates/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 模板内容 · Read one version of a template
         * @description Any signed-in caller.
         */
        get: operations["getChecklistTemplateVersion"];
        /**
         * 修改草稿 · Edit a draft version
         * @description Roles: admin.
         */
        put: operations["saveChecklistTemplateDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklist-templates/{id}/versions/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布模板版本 · Publish a draft (it never changes afterwards)
         * @description Roles: admin.
         */
        post: operations["publishChecklistTemplateVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业名录 · Find enterprises by name or credit code; the no-disturb list (无事不扰)
         * @description `q` matches a part of the name or the start of the credit code; at most `limit` (default 50), with `more` when there are others.
         *
         *     Any signed-in caller.
         */
        get: operations["listEnterprises"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enterprises/{creditCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业信息 · Read an enterprise by its unified social credit code
         * @description Any signed-in caller.
         */
        get: operations["getEnterprise"];
        /**
         * 登记企业 · Record an enterprise (GB 32100 check; an override needs a reason)
         * @description Roles: admin.
         */
        put: operations["putEnterprise"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evidence-uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申请上传佐证材料 · Get a form to upload an evidence file
         * @description For a file of an accepted type (JPEG, PNG, HEIC, PDF, DOCX, XLSX, OFD) and size, answers a presigned form valid for 15 minutes: POST `fields` and then the `file` as multipart/form-data to `url`. Then reference `key` in the command that uses the file (`evidence[].file`): the file is checked there (it exists, belongs to this record, has the declared type and size) and recorded with its SHA-256. The caller must be able to add evidence to the record now (e.g. report progress on the item).
         *
         *     Any signed-in caller.
         */
        post: operations["offerEvidenceUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-codes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 扫码核验 · Verify an inspection by its code
         * @description Public: no token.
         */
        get: operations["verifyInspectionCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-codes/{code}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 企业评价 · Rate an inspection, once and anonymously
         * @description Public: no token.
         */
        post: operations["rateInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-codes/{code}/rectifications/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 企业签收整改事项 · The enterprise acknowledges its item
         * @description Public: no token.
         */
        post: operations["acknowledgeByEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-codes/{code}/rectifications/{id}/evidence-uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 企业上传整改佐证材料 · The enterprise gets a form to upload evidence for its item
         * @description As POST /v1/evidence-uploads, for an item ordered under this code while the enterprise may report on it; reference the `key` in `progress` or `request-close`.
         *
         *     Public: no token.
         */
        post: operations["offerEvidenceUploadByEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-codes/{code}/rectifications/{id}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业下载整改佐证材料 · The enterprise downloads an evidence file of its item
         * @description Answers a presigned link valid for 5 minutes; `disposition=inline` shows an image or PDF in the page (thumbnails), the default downloads it under its own name.
         *
         *     Public: no token.
         */
        get: operations["downloadEvidenceByEnterprise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-codes/{code}/rectifications/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 企业报告整改进展 · The enterprise reports progress
         * @description Public: no token.
         */
        post: operations["reportProgressByEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-codes/{code}/rectifications/{id}/request-close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 企业申请销号 · The enterprise requests close-out
         * @description Public: no token.
         */
        post: operations["requestCloseByEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-codes/{code}/rectifications/{id}/request-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 企业申请延期 · The enterprise requests an extension
         * @description Public: no token.
         */
        post: operations["requestExtensionByEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 检查备案列表 · List filings: an agency its own, supervisors any agency's or all
         * @description Newest planned first: a month's filings in full (`month`), otherwise the latest 100.
         *
         *     Roles: agency, supervisor, admin.
         */
        get: operations["listInspectionFilings"];
        put?: never;
        /**
         * 检查备案 · File an inspection plan (or a codeless emergency inspection)
         * @description Every rule is checked; a refusal (422 `filing_rules_broken`) lists all hits in `error.rules`, each with its reason code. On success the answer carries the inspection code (`code.display` to read out, `code.token` for the QR label) and any `joint_inspection_proposed` warning.
         *
         *     Roles: agency.
         */
        post: operations["fileInspectionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-filings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 检查备案详情 · Read a filing
         * @description Roles: agency, supervisor, admin.
         */
        get: operations["getInspectionFiling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-filings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤销检查备案 · Cancel a planned inspection (frees its place under the cap)
         * @description Roles: agency, supervisor.
         */
        post: operations["cancelInspectionFiling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-filings/{id}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载检查记录等材料 · Download an evidence file of a result filing
         * @description Answers a presigned link valid for 5 minutes; `disposition=inline` shows an image or PDF in the page (thumbnails), the default downloads it under its own name.
         *
         *     Roles: agency, supervisor, admin.
         */
        get: operations["downloadFilingEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-filings/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业评价 · Read the enterprise's rating (supervisors only)
         * @description Roles: supervisor, admin.
         */
        get: operations["getInspectionRating"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-filings/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结果备案 · File the result (orders to correct become rectification items)
         * @description Roles: agency.
         */
        post: operations["fileInspectionResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspection-filings/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 备案预检 · Check a plan against every rule without filing it
         * @description The same rule check as filing, on the same records, answered with every hit (`violations` would refuse the plan; `warnings` such as `joint_inspection_proposed` do not). Nothing is written and no refusal is recorded: the plan form asks this before sending.
         *
         *     Roles: agency.
         */
        post: operations["checkInspectionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/joint-inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 综合查一次 · Merge planned filings of different agencies into one visit
         * @description Roles: agency, supervisor.
         */
        post: operations["formJointInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前用户 · Who the token says you are
         * @description Any signed-in caller.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 消息提醒 · List the daily digests of an organisation
         * @description Your own organisation by default; admins and supervisors may name another one.
         *
         *     Any signed-in caller.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{date}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 标记已读 · Mark a day's digest read
         * @description Any signed-in caller.
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 执法人员 · List an agency's enforcement officers
         * @description Any signed-in caller.
         */
        get: operations["listOfficers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/officers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 登记执法人员 · Record an officer and their enforcement certificate
         * @description Roles: admin.
         */
        put: operations["putOfficer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 组织机构 · List the bureau's organisations
         * @description Any signed-in caller.
         */
        get: operations["listOrganisations"];
        put?: never;
        /**
         * 新增组织机构 · Add an organisation (section, judicial office, agency)
         * @description The id is stable and readable (`office-xinjie`); names are unique in a bureau.
         *
         *     Roles: admin.
         */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 组织机构详情 · Read an organisation
         * @description Any signed-in caller.
         */
        get: operations["getOrganisation"];
        /**
         * 修改组织机构 · Change an organisation (not its kind)
         * @description Roles: admin.
         */
        put: operations["updateOrganisation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 停用组织机构 · Deactivate: keeps its history and reports, takes no new work
         * @description Roles: admin.
         */
        post: operations["deactivateOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 启用组织机构 · Reactivate an organisation
         * @description Roles: admin.
         */
        post: operations["reactivateOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectification-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 整改专项列表 · List the campaigns
         * @description Any signed-in caller.
         */
        get: operations["listRectificationCampaigns"];
        put?: never;
        /**
         * 新建整改专项 · Open a rectification campaign
         * @description Items join a campaign when they are assigned (`campaign` in POST /v1/rectifications). Its progress is counted with each item change, and it completes when its last item is closed or cancelled.
         *
         *     Roles: supervisor.
         */
        post: operations["createRectificationCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectification-campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看整改专项 · Read a campaign and its progress
         * @description Any signed-in caller.
         */
        get: operations["readRectificationCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectification-campaigns/{id}/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出三清单 · The campaign’s three lists (问题清单, 措施清单, 责任清单): `lists.xlsx`, one sheet each, or `lists.csv`
         * @description Roles: supervisor, admin, inspector.
         */
        get: operations["exportRectificationCampaignLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectification-campaigns/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入整改清单 · Import the campaign’s items from a spreadsheet
         * @description The first worksheet, its header row among the top ten rows: 问题 / 整改措施 / 责任单位 / 责任人（可选） / 整改时限 / 督促单位（可选） / 责任领导（可选）; other columns are ignored. One row per measure (措施); rows with the same problem and responsible unit become one item (a blank 问题, as under a merged cell, continues the row above). 整改时限 is a date or "N个工作日".
         *
         *     Every row is checked first: any problem answers 422 with one field per bad cell (`body.rows.<row>.<column letter>`) and nothing is created. Then the items are created in atomic batches, with the campaign's counts. The same file sent again (a retry, a double click) answers its first import with 200 and creates nothing. At most 1000 rows.
         *
         *     Roles: supervisor.
         */
        post: operations["importRectificationCampaignList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectification-campaigns/{id}/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载导入模板 · The spreadsheet to fill in for an import: its columns, the bureau’s organisations as drop-downs, and how each column is read
         * @description Roles: supervisor.
         */
        get: operations["downloadRectificationCampaignImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 整改事项列表 · List rectification items
         * @description Offices and agencies see their own items, or with `supervising` (their own organisation) the items they follow up. Each filter is served by an index; page with `cursor`.
         *
         *     Any signed-in caller.
         */
        get: operations["listRectifications"];
        put?: never;
        /**
         * 交办整改事项 · Assign a rectification item
         * @description The deadline is a date or a number of Chinese working days after today. A retry with the same `Idempotency-Key` answers the first item (200).
         *
         *     Roles: supervisor.
         */
        post: operations["assignRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 整改事项详情 · Read a rectification item
         * @description Any signed-in caller.
         */
        get: operations["getRectification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签收 · Acknowledge an assigned item
         * @description Whether the caller may apply this command now is decided by the life-cycle table; the answer is the item after it.
         *
         *     Any signed-in caller.
         */
        post: operations["acknowledgeRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤销 · Cancel an item
         * @description Whether the caller may apply this command now is decided by the life-cycle table; the answer is the item after it.
         *
         *     Any signed-in caller.
         */
        post: operations["cancelRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 核验销号 · Verify and close out
         * @description Whether the caller may apply this command now is decided by the life-cycle table; the answer is the item after it.
         *
         *     Any signed-in caller.
         */
        post: operations["closeRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications/{id}/decide-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审批延期 · Approve or refuse an extension
         * @description Whether the caller may apply this command now is decided by the life-cycle table; the answer is the item after it.
         *
         *     Any signed-in caller.
         */
        post: operations["decideExtensionRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 挂牌督办 · Escalate (listed supervision)
         * @description Whether the caller may apply this command now is decided by the life-cycle table; the answer is the item after it.
         *
         *     Any signed-in caller.
         */
        post: operations["escalateRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications/{id}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载整改佐证材料 · Download an evidence file of an item
         * @description Answers a presigned link valid for 5 minutes; `disposition=inline` shows an image or PDF in the page (thumbnails), the default downloads it under its own name.
         *
         *     Any signed-in caller.
         */
        get: operations["downloadRectificationEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 报告整改进展 · Report progress
         * @description Whether the caller may apply this command now is decided by the life-cycle table; the answer is the item after it.
         *
         *     Any signed-in caller.
         */
        post: operations["reportProgressRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 复号（回头看发现问题反弹） · Reopen after a follow-up check
         * @description Whether the caller may apply this command now is decided by the life-cycle table; the answer is the item after it.
         *
         *     Any signed-in caller.
         */
        post: operations["reopenRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications/{id}/request-close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申请销号 · Request close-out
         * @description Whether the caller may apply this command now is decided by the life-cycle table; the answer is the item after it.
         *
         *     Any signed-in caller.
         */
        post: operations["requestCloseRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications/{id}/request-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申请延期 · Request an extension
         * @description Whether the caller may apply this command now is decided by the life-cycle table; the answer is the item after it.
         *
         *     Any signed-in caller.
         */
        post: operations["requestExtensionRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退回 · Return a close-out request
         * @description Whether the caller may apply this command now is decided by the life-cycle table; the answer is the item after it.
         *
         *     Any signed-in caller.
         */
        post: operations["returnRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications/{id}/update-measure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 逐项销号：报告一项措施进行中或已完成 · Mark one measure in progress or done
         * @description Whether the caller may apply this command now is decided by the life-cycle table; the answer is the item after it.
         *
         *     Any signed-in caller.
         */
        post: operations["updateMeasureRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rectifications/{id}/waive-measure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 豁免一项措施 · Waive a measure that no longer applies
         * @description Whether the caller may apply this command now is decided by the life-cycle table; the answer is the item after it.
         *
         *     Any signed-in caller.
         */
        post: operations["waiveMeasureRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出报表 · Export a report as Excel or CSV, with the rectification items behind it
         * @description `checklists.xlsx?year=2026`, `rectifications.csv?from=2026-10-01&to=2026-12-31` … `from` and `to` must span exactly one calendar month, quarter or year.
         *
         *     Roles: admin, supervisor, inspector, agency, office.
         */
        get: operations["exportReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 检查评估报表 · Checklist report of a year
         * @description Roles: admin, supervisor, inspector.
         */
        get: operations["getChecklistReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 涉企检查报表 · Enterprise-inspection report of a period
         * @description `from` and `to` must span exactly one calendar month, quarter or year. An agency sees its own rows, without rating detail.
         *
         *     Roles: admin, supervisor, inspector, agency.
         */
        get: operations["getInspectionReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/quarterly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 季度报告 · List the quarterly reports generated so far
         * @description Roles: admin, supervisor.
         */
        get: operations["listQuarterlyReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/quarterly/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载季度报告 · Download a quarterly report
         * @description Roles: admin, supervisor.
         */
        get: operations["downloadQuarterlyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 整改报表 · Rectification report of a period
         * @description `from` and `to` must span exactly one calendar month, quarter or year. An office or agency sees its own rows.
         *
         *     Roles: admin, supervisor, inspector, agency, office.
         */
        get: operations["getRectificationReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settings/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 佐证材料设置 · Read the evidence settings
         * @description Any signed-in caller.
         */
        get: operations["getEvidenceSettings"];
        /**
         * 设置佐证材料上限 · Set the largest evidence file
         * @description Roles: admin.
         */
        put: operations["saveEvidenceSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settings/rectification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 预警规则 · Read the warning-colour and escalation rules
         * @description Any signed-in caller.
         */
        get: operations["getRectificationRules"];
        /**
         * 设置预警规则 · Set the warning-colour and escalation rules
         * @description Roles: admin.
         */
        put: operations["saveRectificationRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settings/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 提醒设置 · Read the reminder settings
         * @description Any signed-in caller.
         */
        get: operations["getReminderSettings"];
        /**
         * 修改提醒设置 · Set which reminders go out, and when
         * @description Roles: admin.
         */
        put: operations["saveReminderSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 用户列表 · List the bureau's users
         * @description Roles: admin.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * 新增用户 · Add a user; answers a one-time activation code
         * @description No SMS or e-mail is sent (neither is dependable in county networks or the China regions): the admin hands the code over; the person sets a password with it.
         *
         *     Roles: admin.
         */
        post: operations["inviteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 用户详情 · Read a user
         * @description Roles: admin.
         */
        get: operations["getUser"];
        /**
         * 修改用户 · Change a user's name, contacts, organisation or roles
         * @description Nobody changes their own roles, and the last admin stays an admin.
         *
         *     Roles: admin.
         */
        put: operations["updateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 停用用户 · Disable a user: the next sign-in and token refresh fail
         * @description Roles: admin.
         */
        post: operations["disableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 启用用户 · Enable a user again
         * @description Roles: admin.
         */
        post: operations["enableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重置密码 · Issue a new activation code (the old password stops working)
         * @description Roles: admin.
         */
        post: operations["resetUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 群机器人列表 · List the organisations' group robots (secrets are never returned)
         * @description Roles: admin.
         */
        get: operations["listWebhooks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{organisation}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 群机器人 · Set an organisation's WeCom/DingTalk group robot
         * @description Roles: admin.
         */
        put: operations["saveWebhook"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{organisation}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发送测试消息 · Send a test message through an organisation's robot, once, and say how it went
         * @description Roles: admin.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/working-calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 工作日历 · List the years the bureau entered itself
         * @description Years the bundled State Council data covers need no entry; a year neither knows is refused by every deadline (422 calendar_unknown).
         *
         *     Any signed-in caller.
         */
        get: operations["listWorkingCalendarYears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/working-calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看某年工作日历 · Read the arrangement in force for a year, where it comes from, and its history
         * @description Any signed-in caller.
         */
        get: operations["readWorkingCalendarYear"];
        /**
         * 录入放假调休安排 · Enter a year's holiday arrangement
         * @description Every statutory holiday (元旦, 春节 初一至初三, 清明, 劳动节, 端午, 中秋, 国庆 1–3 October) must be off and make-up days must be weekends, or 422 names the problem. A year the bundled State Council data knows is only amended with `override: true` and a reason; the answer lists the days that change.
         *
         *     Roles: admin.
         */
        put: operations["enterWorkingCalendarYear"];
        post?: never;
        /**
         * 撤回本局录入 · Withdraw the bureau's entry: the bundled data is in force again, or the year is unknown
         * @description Roles: admin.
         */
        delete: operations["revertWorkingCalendarYear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Actor: {
            id: string;
            /** @constant */
            kind: "user";
            name?: string;
            organisation: string;
            roles: ("admin" | "supervisor" | "inspector" | "agency" | "office")[];
        } | {
            inspectionCode: string;
            /** @constant */
            kind: "enterprise";
        } | {
            job: string;
            /** @constant */
            kind: "system";
        };
        AgencyProfile: {
            caps: {
                perDay?: number;
                perEnterprisePerYear: number;
                /** @default {} */
                perItemPerYear: {
                    [key: string]: number;
                };
                perMonth?: number;
                perWeek?: number;
            };
            /** @default [] */
            exemptionReasons: ("complaint" | "referral" | "rectification-follow-up" | "enterprise-request" | "licensing" | "special-campaign")[];
            items: {
                code: string;
                legalBasis: string;
                name: string;
            }[];
        };
        AgencyProfileOutput: {
            caps: {
                perDay?: number;
                perEnterprisePerYear: number;
                /** @default {} */
                perItemPerYear: {
                    [key: string]: number;
                };
                perMonth?: number;
                perWeek?: number;
            };
            /** @default [] */
            exemptionReasons: ("complaint" | "referral" | "rectification-follow-up" | "enterprise-request" | "licensing" | "special-campaign")[];
            items: {
                code: string;
                legalBasis: string;
                name: string;
            }[];
        };
        ArchiveEvidence: {
            description?: string;
            reference: string;
        };
        /**
         * Format: date
         * @description a date YYYY-MM-DD, as in Asia/Shanghai
         */
        CalendarDate: string;
        ChecklistAnswer: {
            deductions?: {
                /** @default 1 */
                count: number;
                id: string;
            }[];
            /** @default [] */
            evidence: components["schemas"]["Evidence"][];
            itemId: string;
            note?: string;
            option?: string;
            passed?: boolean;
            text?: string;
            value?: number;
        };
        ChecklistAnswerInput: {
            deductions?: {
                /** @default 1 */
                count: number;
                id: string;
            }[];
            /** @default [] */
            evidence: components["schemas"]["EvidenceInput"][];
            itemId: string;
            note?: string;
            option?: string;
            passed?: boolean;
            text?: string;
            value?: number;
        };
        ChecklistReport: {
            kinds: {
                assessmentsAccepted: number;
                assessmentsMeetingStandard: number;
                averageScore: number | null;
                grades: {
                    [key: string]: number;
                };
                inReview: number;
                kind: string;
                /** @description the title of a template of this kind */
                kindName: string;
                modelCount: number;
                mostFailedItems: {
                    failures: number;
                    itemId: string;
                    text: string | null;
                }[];
                reachesTarget: boolean | null;
                returned: number;
                /** @description a share between 0 and 1, null when there is nothing to divide by */
                shareMeetingStandard: number | null;
                subjectsAssessed: number;
                subjectsMeetingStandard: number;
                target: number | null;
            }[];
            year: number;
        };
        ChecklistSubmission: {
            acceptedOn?: string;
            answers: components["schemas"]["ChecklistAnswer"][];
            assessedOn: string;
            evidence: components["schemas"]["Evidence"][];
            id: string;
            inspectors: string[];
            notes: string;
            result: components["schemas"]["ScoreResult"];
            reviews: {
                /** @enum {string} */
                action: "return" | "accept";
                at: string;
                by: components["schemas"]["Actor"];
                reasons?: {
                    itemId?: string;
                    reason: string;
                }[];
            }[];
            revision: number;
            revisions: {
                answers: components["schemas"]["ChecklistAnswer"][];
                at: string;
                by: components["schemas"]["Actor"];
                evidence: components["schemas"]["Evidence"][];
                notes: string;
                result: components["schemas"]["ScoreResult"];
                revision: number;
            }[];
            /** @enum {string} */
            status: "submitted" | "returned" | "accepted";
            subject: {
                caseFileReference?: string;
                organisation: string;
            };
            submittedBy: {
                organisation: string;
                userId: string;
            };
            template: {
                id: string;
                kind: string;
                title: string;
                version: number;
            };
            tenant: string;
            version: number;
            year: number;
        };
        ChecklistTemplateContent: {
            bands: {
                grade: string;
                maxScore: number;
                meetsStandard: boolean;
                minScore: number;
                /** @default false */
                model: boolean;
            }[];
            /** @default  */
            description: string;
            kind: string;
            sections: {
                id: string;
                items: ({
                    /** @default false */
                    critical: boolean;
                    description?: string;
                    /** @default false */
                    evidenceRequiredOnFailure: boolean;
                    id: string;
                    method?: string;
                    points: number;
                    /** @default 10 */
                    rectificationWorkingDays: number;
                    text: string;
                    /** @constant */
                    type: "pass_fail";
                } | {
                    /** @default false */
                    critical: boolean;
                    deductions: {
                        id: string;
                        label: string;
                        /** @default true */
                        perOccurrence: boolean;
                        points: number;
                    }[];
                    description?: string;
                    /** @default false */
                    evidenceRequiredOnFailure: boolean;
                    id: string;
                    method?: string;
                    points: number;
                    /** @default 10 */
                    rectificationWorkingDays: number;
                    text: string;
                    /** @constant */
                    type: "points";
                } | {
                    /** @default false */
                    critical: boolean;
                    description?: string;
                    /** @default false */
                    evidenceRequiredOnFailure: boolean;
                    id: string;
                    method?: string;
                    options: {
                        /** @default false */
                        fails: boolean;
                        id: string;
                        label: string;
                        points: number;
                    }[];
                    points: number;
                    /** @default 10 */
                    rectificationWorkingDays: number;
                    text: string;
                    /** @constant */
                    type: "choice";
                } | {
                    /** @default false */
                    critical: boolean;
                    description?: string;
                    /** @default false */
                    evidenceRequiredOnFailure: boolean;
                    id: string;
                    max?: number;
                    method?: string;
                    min?: number;
                    passMax?: number;
                    passMin?: number;
                    points: number;
                    /** @default 10 */
                    rectificationWorkingDays: number;
                    text: string;
                    /** @constant */
                    type: "number";
                    unit?: string;
                } | {
                    /** @default false */
                    critical: boolean;
                    description?: string;
                    /** @default false */
                    evidenceRequiredOnFailure: boolean;
                    id: string;
                    method?: string;
                    /**
                     * @default 0
                     * @constant
                     */
                    points: 0;
                    /** @default 10 */
                    rectificationWorkingDays: number;
                    text: string;
                    /** @constant */
                    type: "text";
                } | {
                    /** @default false */
                    critical: boolean;
                    description?: string;
                    /** @default false */
                    evidenceRequiredOnFailure: boolean;
                    id: string;
                    method?: string;
                    points: number;
                    /** @default 10 */
                    rectificationWorkingDays: number;
                    text: string;
                    /** @constant */
                    type: "evidence";
                })[];
                title: string;
            }[];
            title: string;
            vetoGrade: string;
        };
        ChecklistTemplateContentOutput: {
            bands: {
                grade: string;
                maxScore: number;
                meetsStandard: boolean;
                minScore: number;
                /** @default false */
                model: boolean;
            }[];
            /** @default  */
            description: string;
            kind: string;
            sections: {
                id: string;
                items: ({
                    /** @default false */
                    critical: boolean;
                    description?: string;
                    /** @default false */
                    evidenceRequiredOnFailure: boolean;
                    id: string;
                    method?: string;
                    points: number;
                    /** @default 10 */
                    rectificationWorkingDays: number;
                    text: string;
                    /** @constant */
                    type: "pass_fail";
                } | {
                    /** @default false */
                    critical: boolean;
                    deductions: {
                        id: string;
                        label: string;
                        /** @default true */
                        perOccurrence: boolean;
                        points: number;
                    }[];
                    description?: string;
                    /** @default false */
                    evidenceRequiredOnFailure: boolean;
                    id: string;
                    method?: string;
                    points: number;
                    /** @default 10 */
                    rectificationWorkingDays: number;
                    text: string;
                    /** @constant */
                    type: "points";
                } | {
                    /** @default false */
                    critical: boolean;
                    description?: string;
                    /** @default false */
                    evidenceRequiredOnFailure: boolean;
                    id: string;
                    method?: string;
                    options: {
                        /** @default false */
                        fails: boolean;
                        id: string;
                        label: string;
                        points: number;
                    }[];
                    points: number;
                    /** @default 10 */
                    rectificationWorkingDays: number;
                    text: string;
                    /** @constant */
                    type: "choice";
                } | {
                    /** @default false */
                    critical: boolean;
                    description?: string;
                    /** @default false */
                    evidenceRequiredOnFailure: boolean;
                    id: string;
                    max?: number;
                    method?: string;
                    min?: number;
                    passMax?: number;
                    passMin?: number;
                    points: number;
                    /** @default 10 */
                    rectificationWorkingDays: number;
                    text: string;
                    /** @constant */
                    type: "number";
                    unit?: string;
                } | {
                    /** @default false */
                    critical: boolean;
                    description?: string;
                    /** @default false */
                    evidenceRequiredOnFailure: boolean;
                    id: string;
                    method?: string;
                    /**
                     * @default 0
                     * @constant
                     */
                    points: 0;
                    /** @default 10 */
                    rectificationWorkingDays: number;
                    text: string;
                    /** @constant */
                    type: "text";
                } | {
                    /** @default false */
                    critical: boolean;
                    description?: string;
                    /** @default false */
                    evidenceRequiredOnFailure: boolean;
                    id: string;
                    method?: string;
                    points: number;
                    /** @default 10 */
                    rectificationWorkingDays: number;
                    text: string;
                    /** @constant */
                    type: "evidence";
                })[];
                title: string;
            }[];
            title: string;
            vetoGrade: string;
        };
        EnterpriseRecord: {
            /** @default  */
            address: string;
            creditCode: string;
            creditCodeOverride?: string;
            name: string;
            /** @default false */
            noDisturb: boolean;
        };
        ErrorBadRequest: {
            error: {
                /** @enum {string} */
                code: "bad_request";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorCheckCharacter: {
            error: {
                /** @enum {string} */
                code: "check_character";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorConflict: {
            error: {
                /** @enum {string} */
                code: "conflict";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorFilingRulesBrokenOrCalendarUnknownOrOrganisationUnknownOrOrganisationInactiveOrIdempotencyKeyReused: {
            error: {
                /** @enum {string} */
                code: "filing_rules_broken" | "calendar_unknown" | "organisation_unknown" | "organisation_inactive" | "idempotency_key_reused";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorForbidden: {
            error: {
                /** @enum {string} */
                code: "forbidden";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorInvalidTransition: {
            error: {
                /** @enum {string} */
                code: "invalid_transition";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorNotFound: {
            error: {
                /** @enum {string} */
                code: "not_found";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorOrganisationUnknownOrOrganisationInactive: {
            error: {
                /** @enum {string} */
                code: "organisation_unknown" | "organisation_inactive";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorPayloadTooLarge: {
            error: {
                /** @enum {string} */
                code: "payload_too_large";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorUnauthorized: {
            error: {
                /** @enum {string} */
                code: "unauthorized";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorUnprocessable: {
            error: {
                /** @enum {string} */
                code: "unprocessable";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorUnprocessableOrCalendarUnknown: {
            error: {
                /** @enum {string} */
                code: "unprocessable" | "calendar_unknown";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorUnprocessableOrCalendarUnknownOrOrganisationUnknownOrOrganisationInactiveOrIdempotencyKeyReused: {
            error: {
                /** @enum {string} */
                code: "unprocessable" | "calendar_unknown" | "organisation_unknown" | "organisation_inactive" | "idempotency_key_reused";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorUnprocessableOrOrganisationUnknownOrOrganisationInactive: {
            error: {
                /** @enum {string} */
                code: "unprocessable" | "organisation_unknown" | "organisation_inactive";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorUnprocessableOrOrganisationUnknownOrOrganisationInactiveOrIdempotencyKeyReused: {
            error: {
                /** @enum {string} */
                code: "unprocessable" | "organisation_unknown" | "organisation_inactive" | "idempotency_key_reused";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorUnsupportedMediaType: {
            error: {
                /** @enum {string} */
                code: "unsupported_media_type";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorVersionConflict: {
            error: {
                /** @enum {string} */
                code: "version_conflict";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        ErrorVersionConflictOrInvalidTransition: {
            error: {
                /** @enum {string} */
                code: "version_conflict" | "invalid_transition";
                fields: {
                    message: string;
                    /** @description `body.measures.0.text`, `query.cursor`, `path.id` … */
                    path: string;
                }[];
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
        Evidence: {
            description?: string;
            file?: components["schemas"]["EvidenceFile"];
            reference?: string;
        };
        EvidenceDownload: {
            contentType: string;
            /** Format: date-time */
            expiresAt: string;
            name: string;
            size: number;
            /** Format: uri */
            url: string;
        };
        EvidenceFile: {
            /** @enum {string} */
            contentType: "image/jpeg" | "image/png" | "image/heic" | "application/pdf" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/ofd";
            id: string;
            key: string;
            name: string;
            sha256: string;
            size: number;
            /** Format: date-time */
            uploadedAt: string;
            uploadedBy: components["schemas"]["Actor"];
            versionId?: string;
        };
        EvidenceInput: {
            description?: string;
            /** @description the `key` answered by POST /v1/evidence-uploads, after the file was uploaded */
            file?: string;
            /** @description a paper archive reference (档案号) when there is no file */
            reference?: string;
        };
        EvidenceSettings: {
            /** @description the largest evidence file accepted, in bytes (1–100 MB; 20 MB unless set) */
            maxBytes: number;
        };
        EvidenceSettingsOutput: {
            /** @description the largest evidence file accepted, in bytes (1–100 MB; 20 MB unless set) */
            maxBytes: number;
        };
        EvidenceUploadOffer: {
            /** Format: date-time */
            expiresAt: string;
            /** @description form fields to send, in this order, before the `file` field */
            fields: {
                [key: string]: string;
            };
            /** @description reference it as `evidence[].file` in the command that uses the file */
            key: string;
            maxBytes: number;
            /**
             * Format: uri
             * @description POST the form here, as multipart/form-data
             */
            url: string;
        };
        EvidenceUploadRequest: {
            /** @enum {string} */
            contentType: "image/jpeg" | "image/png" | "image/heic" | "application/pdf" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/ofd";
            name: string;
            size: number;
            subject: {
                id: string;
                /** @constant */
                kind: "rectification";
            } | {
                /** @description absent for an assessment not yet submitted */
                id?: string;
                /** @constant */
                kind: "checklist-submission";
            } | {
                id: string;
                /** @constant */
                kind: "inspection-filing";
            };
        };
        InspectionCodePage: {
            agency: string;
            agencyName: string;
            code: string;
            enterprise: {
                creditCode: string;
                name: string;
            };
            /** @enum {string} */
            inspectionType: "routine" | "special-campaign" | "case-triggered";
            inspectionTypeLabel: string;
            items: {
                code: string;
                legalBasis: string;
                name: string;
            }[];
            legalBasis: string;
            officers: {
                certificateNumber: string;
                name: string;
            }[];
            rectifications: {
                /** @description what the enterprise may do with the item now, as URL segments */
                actions: ("acknowledge" | "progress" | "request-close" | "request-extension")[];
                deadline: components["schemas"]["CalendarDate"];
                id: string;
                /** @description 整改措施: close-out needs each one done */
                measures: {
                    id: string;
                    /** @enum {string} */
                    status: "not_started" | "in_progress" | "done" | "waived";
                    text: string;
                }[];
                problem: string;
                /** @enum {string} */
                status: "assigned" | "acknowledged" | "in_progress" | "close_requested" | "closed" | "cancelled";
                statusLabel: string;
                version: number;
            }[];
            result?: {
                findings: {
                    id: string;
                    text: string;
                }[];
                inspectedOn: components["schemas"]["CalendarDate"];
                orders: {
                    measure: string;
                    problem: string;
                }[];
            };
            /** @enum {string} */
            status: "planned" | "result-filed" | "cancelled";
            /** @description the status as the enterprise reads it (已备案，待检查 …) */
            statusLabel: string;
            window: {
                from: components["schemas"]["CalendarDate"];
                to: components["schemas"]["CalendarDate"];
            };
        };
        InspectionFiling: {
            agency: string;
            approval: {
                approvedOn: components["schemas"]["CalendarDate"];
                approver: string;
            };
            cancellation?: {
                on: components["schemas"]["CalendarDate"];
                reason: string;
            };
            code: {
                display: string;
                qrContent: string;
                token: string;
                validFrom: components["schemas"]["CalendarDate"];
                validTo: components["schemas"]["CalendarDate"];
            };
            codeless?: {
                inspectedOn: components["schemas"]["CalendarDate"];
                late: boolean;
                reason: string;
            };
            enterprise: {
                creditCode: string;
                name: string;
            };
            /** @enum {string} */
            exemptionReason?: "complaint" | "referral" | "rectification-follow-up" | "enterprise-request" | "licensing" | "special-campaign";
            filedBy: string;
            filedOn: components["schemas"]["CalendarDate"];
            id: string;
            /** @enum {string} */
            inspectionType: "routine" | "special-campaign" | "case-triggered";
            items: {
                code: string;
                legalBasis: string;
                name: string;
            }[];
            joint?: {
                filingIds: string[];
                id: string;
                visitOn: components["schemas"]["CalendarDate"];
            };
            legalBasis: string;
            officers: {
                certificateNumber: string;
                id: string;
                name: string;
            }[];
            plannedOn: components["schemas"]["CalendarDate"];
            result?: {
                dueOn: components["schemas"]["CalendarDate"];
                /** @default [] */
                evidence: components["schemas"]["Evidence"][];
                filedOn: components["schemas"]["CalendarDate"];
                findings: {
                    id: string;
                    text: string;
                }[];
                inspectedOn: components["schemas"]["CalendarDate"];
                officers: string[];
                onTime: boolean;
                orders: {
                    deadlineWorkingDays: number;
                    measure: string;
                    orderId: string;
                    problem: string;
                    rectificationId?: string;
                }[];
                penaltyDecisions: string[];
            };
            resultDueBy: components["schemas"]["CalendarDate"];
            /** @enum {string} */
            status: "planned" | "result-filed" | "cancelled";
            tenant: string;
            version: number;
            warnings: components["schemas"]["RuleHit"][];
            window: {
                from: components["schemas"]["CalendarDate"];
                to: components["schemas"]["CalendarDate"];
            };
        };
        InspectionReport: {
            byAgency: {
                agency: string;
                agencyName: string;
                codeless: number;
                codelessLate: number;
                filings: number;
                joint: number;
                /** @description a share between 0 and 1, null when there is nothing to divide by */
                jointShare: number | null;
                ordersToCorrect: number;
                ratings: {
                    average: number | null;
                    complaints?: {
                        [key: string]: number;
                    };
                    count: number;
                    withComplaints?: number;
                };
                rejections: number;
                resultsFiled: number;
                resultsOnTime: number;
                /** @description a share between 0 and 1, null when there is nothing to divide by */
                resultsOnTimeShare: number | null;
            }[];
            filingsByAgencyAndMonth: {
                agency: string;
                agencyName: string;
                filings: number;
                month: string;
            }[];
            inspectionsPerEnterprise: {
                distribution: {
                    enterprises: number;
                    inspections: number;
                }[];
                enterprises: number;
                maximum: number;
            };
            period: {
                from: components["schemas"]["CalendarDate"];
                label: string;
                to: components["schemas"]["CalendarDate"];
            };
            rejectionsByReason: {
                count: number;
                reason: string;
            }[];
            totals: {
                codeless: number;
                codelessLate: number;
                filings: number;
                joint: number;
                /** @description a share between 0 and 1, null when there is nothing to divide by */
                jointShare: number | null;
                ordersToCorrect: number;
                ratings: {
                    average: number | null;
                    complaints?: {
                        [key: string]: number;
                    };
                    count: number;
                    withComplaints?: number;
                };
                rejections: number;
                resultsFiled: number;
                resultsOnTime: number;
                /** @description a share between 0 and 1, null when there is nothing to divide by */
                resultsOnTimeShare: number | null;
            };
        };
        Notification: {
            date: components["schemas"]["CalendarDate"];
            entries: {
                dueOn: components["schemas"]["CalendarDate"];
                id: string;
                /** @enum {string} */
                kind: "turning-yellow" | "turning-red" | "overdue" | "measure-due" | "extension-waiting" | "result-overdue" | "codeless-late";
                link: string;
                /** @enum {string} */
                subject: "rectification" | "inspection-filing";
                title: string;
            }[];
            organisation: string;
            organisationName?: string;
            readAt?: string;
            webhook?: {
                at: string;
                attempts: number;
                error?: string;
                /** @enum {string} */
                status: "delivered" | "failed";
            };
        };
        Officer: {
            agency: string;
            certificateNumber: string;
            certificateValidFrom: components["schemas"]["CalendarDate"];
            certificateValidTo: components["schemas"]["CalendarDate"];
            id: string;
            name: string;
        };
        Organisation: {
            active: boolean;
            /** @default {} */
            contact: {
                address?: string;
                person?: string;
                phone?: string;
            };
            id: string;
            /** @enum {string} */
            kind: "bureau" | "section" | "office" | "agency";
            name: string;
            parent?: string;
            shortName?: string;
            version: number;
        };
        PlanCheck: {
            accepted: boolean;
            violations: components["schemas"]["RuleHit"][];
            warnings: components["schemas"]["RuleHit"][];
        };
        Rectification: {
            assignedOn: components["schemas"]["CalendarDate"];
            campaignId?: string;
            closedOn?: components["schemas"]["CalendarDate"];
            deadline: components["schemas"]["CalendarDate"];
            escalation?: {
                automatic: boolean;
                reason: string;
                since: components["schemas"]["CalendarDate"];
            };
            evidence: components["schemas"]["Evidence"][];
            history: {
                action: string;
                actor: components["schemas"]["Actor"];
                /** Format: date-time */
                at: string;
                details?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                from?: "assigned" | "acknowledged" | "in_progress" | "close_requested" | "closed" | "cancelled";
                note?: string;
                /** @enum {string} */
                to?: "assigned" | "acknowledged" | "in_progress" | "close_requested" | "closed" | "cancelled";
            }[];
            id: string;
            lastProgressOn?: components["schemas"]["CalendarDate"];
            measures: {
                dueDate?: components["schemas"]["CalendarDate"];
                /** @default [] */
                evidence: components["schemas"]["Evidence"][];
                id: string;
                note?: string;
                owner?: string;
                settledOn?: components["schemas"]["CalendarDate"];
                /**
                 * @default not_started
                 * @enum {string}
                 */
                status: "not_started" | "in_progress" | "done" | "waived";
                text: string;
                waiver?: {
                    by: components["schemas"]["Actor"];
                    reason: string;
                };
            }[];
            originalDeadline: components["schemas"]["CalendarDate"];
            overdueSince?: components["schemas"]["CalendarDate"];
            pendingExtension?: {
                progress: string;
                proposedDeadline: components["schemas"]["CalendarDate"];
                reason: string;
                requestedOn: components["schemas"]["CalendarDate"];
            };
            problem: {
                /** @default  */
                description: string;
                title: string;
            };
            progressPercent: number;
            redFrom?: components["schemas"]["CalendarDate"];
            reopenedCount: number;
            responsibility: {
                organisation: string;
                person?: string;
                supervisingLeader?: string;
                supervisingOrganisation?: string;
            };
            /** @enum {string} */
            severity: "minor" | "major" | "critical";
            source: {
                itemId: string;
                /** @constant */
                kind: "checklist";
                submissionId: string;
                templateKind: string;
            } | {
                filingId: string;
                inspectionCode: string;
                /** @constant */
                kind: "inspection";
                orderId: string;
            } | {
                /** @constant */
                kind: "manual";
                reference?: string;
            };
            /** @enum {string} */
            status: "assigned" | "acknowledged" | "in_progress" | "close_requested" | "closed" | "cancelled";
            tenant: string;
            version: number;
            yellowFrom?: components["schemas"]["CalendarDate"];
        };
        /** @enum {string} */
        RectificationAction: "acknowledge" | "progress" | "request-close" | "close" | "return" | "request-extension" | "decide-extension" | "escalate" | "reopen" | "cancel" | "update-measure" | "waive-measure";
        RectificationCampaignImport: {
            campaignId: string;
            /** @description derived from the campaign and the file’s content: the same file imports once */
            id: string;
            /** Format: date-time */
            importedAt: string;
            importedBy: components["schemas"]["Actor"];
            items: {
                id: string;
                organisation: string;
                /** @description the rows of the sheet it came from */
                rows: number[];
                title: string;
            }[];
            measures: number;
            /** @description measure rows read */
            rows: number;
        };
        RectificationCampaignView: {
            completedOn?: components["schemas"]["CalendarDate"];
            counts: {
                cancelled: number;
                closed: number;
                closedOnTime: number;
                items: number;
                measures: number;
                /** @description measures done or waived */
                measuresSettled: number;
                /** @description open items past their deadline */
                overdue: number;
            };
            createdBy: components["schemas"]["Actor"];
            dueOn?: components["schemas"]["CalendarDate"];
            id: string;
            /** @description 下发机关 */
            issuingBody?: string;
            /** @default {} */
            openByRedFrom: {
                [key: string]: number;
            };
            /** @description the organisation that leads the campaign (牵头单位) */
            owner: string;
            progress: {
                /** @description closed or cancelled items ÷ items */
                itemsSettledShare: number | null;
                /** @description measures done or waived ÷ measures */
                measuresSettledShare: number | null;
                openItems: number;
                /** @description open items red today (红色预警), overdue ones included */
                red: number;
            };
            /** @description 来源文件文号, e.g. 上司发〔2026〕12号 */
            sourceDocument?: string;
            startedOn?: components["schemas"]["CalendarDate"];
            /**
             * @description completed when its last item is closed or cancelled; open again when one reopens
             * @enum {string}
             */
            status: "open" | "completed";
            tenant: string;
            /** @description 专项名称, e.g. 2026年度法治述职问题整改 */
            title: string;
            version: number;
        };
        RectificationPage: {
            cursor: string | null;
            items: components["schemas"]["RectificationView"][];
        };
        RectificationReport: {
            /** @description the items of each campaign (整改专项) among those above */
            byCampaign: {
                campaign: string;
                campaignTitle: string;
                cancelled: number;
                closed: number;
                closedOnTime: number;
                /** @description a share between 0 and 1, null when there is nothing to divide by */
                closedOnTimeShare: number | null;
                escalated: number;
                opened: number;
                openNow: number;
                overdueNow: number;
                workingDaysToClose: {
                    median: number | null;
                    p90: number | null;
                };
            }[];
            byOrganisation: {
                cancelled: number;
                closed: number;
                closedOnTime: number;
                /** @description a share between 0 and 1, null when there is nothing to divide by */
                closedOnTimeShare: number | null;
                escalated: number;
                opened: number;
                openNow: number;
                organisation: string;
                organisationName: string;
                overdueNow: number;
                workingDaysToClose: {
                    median: number | null;
                    p90: number | null;
                };
            }[];
            bySource: {
                cancelled: number;
                closed: number;
                closedOnTime: number;
                /** @description a share between 0 and 1, null when there is nothing to divide by */
                closedOnTimeShare: number | null;
                escalated: number;
                opened: number;
                openNow: number;
                overdueNow: number;
                source: string;
                workingDaysToClose: {
                    median: number | null;
                    p90: number | null;
                };
            }[];
            period: {
                from: components["schemas"]["CalendarDate"];
                label: string;
                to: components["schemas"]["CalendarDate"];
            };
            totals: {
                cancelled: number;
                closed: number;
                closedOnTime: number;
                /** @description a share between 0 and 1, null when there is nothing to divide by */
                closedOnTimeShare: number | null;
                escalated: number;
                opened: number;
                openNow: number;
                overdueNow: number;
                workingDaysToClose: {
                    median: number | null;
                    p90: number | null;
                };
            };
        };
        RectificationView: {
            /** @description commands the caller may apply now, as URL segments; a command may still be refused for its input */
            actions: components["schemas"]["RectificationAction"][];
            assignedOn: components["schemas"]["CalendarDate"];
            campaignId?: string;
            closedOn?: components["schemas"]["CalendarDate"];
            colour: ("green" | "yellow" | "red") | null;
            deadline: components["schemas"]["CalendarDate"];
            escalation?: {
                automatic: boolean;
                reason: string;
                since: components["schemas"]["CalendarDate"];
            };
            evidence: components["schemas"]["Evidence"][];
            history: {
                action: string;
                actor: components["schemas"]["Actor"];
                /** Format: date-time */
                at: string;
                details?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                from?: "assigned" | "acknowledged" | "in_progress" | "close_requested" | "closed" | "cancelled";
                note?: string;
                /** @enum {string} */
                to?: "assigned" | "acknowledged" | "in_progress" | "close_requested" | "closed" | "cancelled";
            }[];
            id: string;
            lastProgressOn?: components["schemas"]["CalendarDate"];
            measures: {
                dueDate?: components["schemas"]["CalendarDate"];
                /** @default [] */
                evidence: components["schemas"]["Evidence"][];
                id: string;
                note?: string;
                owner?: string;
                settledOn?: components["schemas"]["CalendarDate"];
                /**
                 * @default not_started
                 * @enum {string}
                 */
                status: "not_started" | "in_progress" | "done" | "waived";
                text: string;
                waiver?: {
                    by: components["schemas"]["Actor"];
                    reason: string;
                };
            }[];
            originalDeadline: components["schemas"]["CalendarDate"];
            overdueSince?: components["schemas"]["CalendarDate"];
            pendingExtension?: {
                progress: string;
                proposedDeadline: components["schemas"]["CalendarDate"];
                reason: string;
                requestedOn: components["schemas"]["CalendarDate"];
            };
            problem: {
                /** @default  */
                description: string;
                title: string;
            };
            progressPercent: number;
            redFrom?: components["schemas"]["CalendarDate"];
            reopenedCount: number;
            responsibility: {
                organisation: string;
                person?: string;
                supervisingLeader?: string;
                supervisingOrganisation?: string;
            };
            /** @enum {string} */
            severity: "minor" | "major" | "critical";
            source: {
                itemId: string;
                /** @constant */
                kind: "checklist";
                submissionId: string;
                templateKind: string;
            } | {
                filingId: string;
                inspectionCode: string;
                /** @constant */
                kind: "inspection";
                orderId: string;
            } | {
                /** @constant */
                kind: "manual";
                reference?: string;
            };
            /** @enum {string} */
            status: "assigned" | "acknowledged" | "in_progress" | "close_requested" | "closed" | "cancelled";
            tenant: string;
            version: number;
            /** @description Chinese working days from today to the deadline (negative when overdue); null once closed or cancelled, or when the calendar does not know the year */
            workingDaysLeft: number | null;
            yellowFrom?: components["schemas"]["CalendarDate"];
        };
        Robot: {
            /**
             * @default wecom
             * @enum {string}
             */
            format: "wecom" | "dingtalk";
            organisation: string;
            url: string;
        };
        RuleHit: {
            /** @enum {string} */
            code: "agency_without_item_list" | "item_not_listed" | "too_few_officers" | "officer_unknown" | "officer_of_other_agency" | "certificate_invalid" | "approval_after_start" | "approval_in_future" | "cap_reached" | "item_cap_reached" | "short_window_day" | "short_window_week" | "short_window_month" | "no_disturb" | "exemption_not_accepted" | "enterprise_unknown" | "window_invalid" | "joint_inspection_proposed";
            details?: {
                [key: string]: unknown;
            };
            field: string;
            message: string;
        };
        ScoreResult: {
            grade: string;
            items: {
                critical: boolean;
                failed: boolean;
                itemId: string;
                max: number;
                rectificationId?: string;
                score: number;
                section: string;
            }[];
            maxScore: number;
            meetsStandard: boolean;
            model: boolean;
            score: number;
            sections: {
                id: string;
                max: number;
                score: number;
            }[];
            vetoed: boolean;
        };
        User: {
            createdAt: string;
            /** Format: email */
            email?: string;
            /** @default 0 */
            failedSignIns: number;
            id: string;
            lastSignInAt?: string;
            lockedUntil?: string;
            login: string;
            mobile?: string;
            name: string;
            organisation: string;
            roles: ("admin" | "supervisor" | "inspector" | "agency" | "office")[];
            /** @enum {string} */
            status: "invited" | "active" | "disabled";
            tenant: string;
            version: number;
        };
        WorkingCalendarYear: {
            /** @description weekdays off in force (empty when the year is unknown) */
            daysOff: components["schemas"]["CalendarDate"][];
            /** @description every change of this bureau's entry, oldest first */
            history: {
                /** @enum {string} */
                action: "entered" | "reverted";
                actor: components["schemas"]["Actor"];
                /** Format: date-time */
                at: string;
                changes: {
                    /** @enum {string} */
                    after: "workday" | "day-off";
                    /** @enum {string} */
                    before: "workday" | "day-off";
                    date: components["schemas"]["CalendarDate"];
                }[];
                daysOff: components["schemas"]["CalendarDate"][];
                makeUpWorkdays: components["schemas"]["CalendarDate"][];
                reason?: string;
                /** @enum {string} */
                sourceAfter: "bundled" | "entered" | "unknown";
                /** @enum {string} */
                sourceBefore: "bundled" | "entered" | "unknown";
                year: number;
            }[];
            /** @description weekend days worked (调休) in force */
            makeUpWorkdays: components["schemas"]["CalendarDate"][];
            /** @enum {string} */
            source: "bundled" | "entered" | "unknown";
            year: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApiReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description an HTML page rendering /openapi.json */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getApiReferenceAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset: "swagger-ui.css" | "swagger-ui-bundle.js" | "init.js";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/css; charset=utf-8": string;
                    "text/javascript; charset=utf-8": string;
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description all reachable */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            queues: {
                                [key: string]: {
                                    error?: string;
                                    /** @enum {string} */
                                    status: "ok" | "unreachable";
                                };
                            };
                            table: {
                                error?: string;
                                /** @enum {string} */
                                status: "ok" | "unreachable";
                            };
                        };
                        /** @enum {string} */
                        status: "ok" | "degraded";
                    };
                };
            };
            /** @description something is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            queues: {
                                [key: string]: {
                                    error?: string;
                                    /** @enum {string} */
                                    status: "ok" | "unreachable";
                                };
                            };
                            table: {
                                error?: string;
                                /** @enum {string} */
                                status: "ok" | "unreachable";
                            };
                        };
                        /** @enum {string} */
                        status: "ok" | "degraded";
                    };
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        openapi: "3.1.0";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    activateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "login": "xinjie.wang",
                 *       "code": "ABCD-EFGH-JKMN",
                 *       "password": "新街所-2026-Secure"
                 *     }
                 */
                "application/json": {
                    code: string;
                    login: string;
                    password: string;
                };
                "application/x-www-form-urlencoded": {
                    code: string;
                    login: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description the account is active: sign in at /oidc */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    getAgencyProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyProfileOutput"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    putAgencyProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "code": "SC-SP-01",
                 *           "name": "食品生产经营监督检查",
                 *           "legalBasis": "《中华人民共和国食品安全法》第一百一十条"
                 *         }
                 *       ],
                 *       "caps": {
                 *         "perEnterprisePerYear": 2,
                 *         "perItemPerYear": {},
                 *         "perMonth": 1
                 *       },
                 *       "exemptionReasons": [
                 *         "complaint",
                 *         "referral",
                 *         "rectification-follow-up"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AgencyProfile"];
                "application/x-www-form-urlencoded": components["schemas"]["AgencyProfile"];
            };
        };
        responses: {
            /** @description the profile now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyProfileOutput"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query: {
                limit?: number;
                subject: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: {
                            actor: components["schemas"]["Actor"];
                            id: string;
                            occurredAt: string;
                            payload: {
                                [key: string]: unknown;
                            };
                            type: string;
                        }[];
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
        };
    };
    listChecklistSubmissions: {
        parameters: {
            query?: {
                cursor?: string;
                grade?: string;
                inspector?: string;
                limit?: number;
                subject?: string;
                templateId?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor: string | null;
                        items: components["schemas"]["ChecklistSubmission"][];
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
        };
    };
    submitChecklist: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing; a retry with the same key answers the first result instead of acting twice */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "templateId": "case-file-review",
                 *       "templateVersion": 1,
                 *       "subject": {
                 *         "organisation": "agency-market",
                 *         "caseFileReference": "上市监罚〔2026〕12号"
                 *       },
                 *       "assessedOn": "2026-11-27",
                 *       "year": 2026,
                 *       "inspectors": [
                 *         "王五",
                 *         "赵六"
                 *       ],
                 *       "answers": [
                 *         {
                 *           "itemId": "v1",
                 *           "passed": true
                 *         },
                 *         {
                 *           "itemId": "p1",
                 *           "deductions": [
                 *             {
                 *               "id": "binding",
                 *               "count": 2
                 *             }
                 *           ]
                 *         },
                 *         {
                 *           "itemId": "c6",
                 *           "deductions": [
                 *             {
                 *               "id": "missing-receipt"
                 *             }
                 *           ],
                 *           "note": "缺当事人送达回证"
                 *         }
                 *       ],
                 *       "notes": "抽查行政处罚案卷"
                 *     }
                 */
                "application/json": {
                    answers: components["schemas"]["ChecklistAnswerInput"][];
                    assessedOn: components["schemas"]["CalendarDate"];
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    inspectors: string[];
                    /** @default  */
                    notes?: string;
                    subject: {
                        caseFileReference?: string;
                        organisation: string;
                    };
                    templateId: string;
                    templateVersion: number | string;
                    year: number | string;
                };
                "application/x-www-form-urlencoded": {
                    answers: components["schemas"]["ChecklistAnswerInput"][];
                    assessedOn: components["schemas"]["CalendarDate"];
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    inspectors: string[];
                    /** @default  */
                    notes?: string;
                    subject: {
                        caseFileReference?: string;
                        organisation: string;
                    };
                    templateId: string;
                    templateVersion: number | string;
                    year: number | string;
                };
            };
        };
        responses: {
            /** @description submitted before under this Idempotency-Key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistSubmission"];
                };
            };
            /** @description submitted and scored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistSubmission"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `organisation_unknown` the request names an organisation this bureau does not have; `fields` names where; `organisation_inactive` the request names a deactivated organisation: it keeps its history but gets no new work; `idempotency_key_reused` the Idempotency-Key was used before with another body: a new request needs a new key */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrOrganisationUnknownOrOrganisationInactiveOrIdempotencyKeyReused"];
                };
            };
        };
    };
    getChecklistSubmission: {
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
            /** @description the assessment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistSubmission"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    acceptChecklistSubmission: {
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
                /**
                 * @example {
                 *       "expectedVersion": 1
                 *     }
                 */
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                };
            };
        };
        responses: {
            /** @description the accepted assessment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistSubmission"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
        };
    };
    downloadChecklistEvidence: {
        parameters: {
            query?: {
                disposition?: "inline" | "attachment";
            };
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description where to fetch the file, for the next minutes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceDownload"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    resubmitChecklist: {
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
                "application/json": {
                    answers: components["schemas"]["ChecklistAnswerInput"][];
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    /** @default  */
                    notes?: string;
                };
                "application/x-www-form-urlencoded": {
                    answers: components["schemas"]["ChecklistAnswerInput"][];
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    /** @default  */
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description the new revision, scored again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistSubmission"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    returnChecklistSubmission: {
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
                /**
                 * @example {
                 *       "expectedVersion": 1,
                 *       "reasons": [
                 *         {
                 *           "itemId": "21",
                 *           "reason": "业务用房应附照片"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    reasons: {
                        itemId?: string;
                        reason: string;
                    }[];
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    reasons: {
                        itemId?: string;
                        reason: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description the returned assessment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistSubmission"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
        };
    };
    listChecklistTargets: {
        parameters: {
            query?: {
                kind?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        targets: {
                            kind: string;
                            share: number;
                            year: number;
                        }[];
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
        };
    };
    setChecklistTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "share": 0.8
                 *     }
                 */
                "application/json": {
                    share: number;
                };
                "application/x-www-form-urlencoded": {
                    share: number;
                };
            };
        };
        responses: {
            /** @description the target */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        share: number;
                        year: number;
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
        };
    };
    listChecklistTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every template of the bureau */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        templates: {
                            kind: string;
                            latestVersion: number;
                            publishedVersion?: number;
                            templateId: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
        };
    };
    createChecklistTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "mediation-review",
                 *       "content": {
                 *         "kind": "mediation-review",
                 *         "title": "人民调解卷宗评查表",
                 *         "description": "每季度抽查人民调解卷宗",
                 *         "sections": [
                 *           {
                 *             "id": "file",
                 *             "title": "卷宗材料",
                 *             "items": [
                 *               {
                 *                 "id": "f1",
                 *                 "type": "pass_fail",
                 *                 "text": "调解协议书由双方当事人签字",
                 *                 "points": 10,
                 *                 "critical": true
                 *               },
                 *               {
                 *                 "id": "f2",
                 *                 "type": "points",
                 *                 "text": "材料齐全",
                 *                 "points": 20,
                 *                 "deductions": [
                 *                   {
                 *                     "id": "missing",
                 *                     "label": "缺1项扣2分",
                 *                     "points": 2
                 *                   }
                 *                 ]
                 *               }
                 *             ]
                 *           }
                 *         ],
                 *         "bands": [
                 *           {
                 *             "grade": "不合格",
                 *             "minScore": 0,
                 *             "maxScore": 18,
                 *             "meetsStandard": false
                 *           },
                 *           {
                 *             "grade": "合格",
                 *             "minScore": 18,
                 *             "maxScore": 30,
                 *             "meetsStandard": true
                 *           }
                 *         ],
                 *         "vetoGrade": "不合格"
                 *       }
                 *     }
                 */
                "application/json": {
                    content: components["schemas"]["ChecklistTemplateContent"];
                    id: string;
                };
                "application/x-www-form-urlencoded": {
                    content: components["schemas"]["ChecklistTemplateContent"];
                    id: string;
                };
            };
        };
        responses: {
            /** @description the draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        content: components["schemas"]["ChecklistTemplateContentOutput"];
                        publishedAt?: string;
                        /** @enum {string} */
                        status: "draft" | "published";
                        templateId: string;
                        version: number;
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description conflict with the current state: `conflict` the request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorConflict"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
        };
    };
    listChecklistTemplateVersions: {
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
            /** @description the head and every version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        head: {
                            kind: string;
                            latestVersion: number;
                            publishedVersion?: number;
                            templateId: string;
                            title: string;
                        };
                        versions: {
                            content: components["schemas"]["ChecklistTemplateContentOutput"];
                            publishedAt?: string;
                            /** @enum {string} */
                            status: "draft" | "published";
                            templateId: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    addChecklistTemplateVersion: {
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
                "application/json": {
                    content: components["schemas"]["ChecklistTemplateContent"];
                };
                "application/x-www-form-urlencoded": {
                    content: components["schemas"]["ChecklistTemplateContent"];
                };
            };
        };
        responses: {
            /** @description the new draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        content: components["schemas"]["ChecklistTemplateContentOutput"];
                        publishedAt?: string;
                        /** @enum {string} */
                        status: "draft" | "published";
                        templateId: string;
                        version: number;
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `conflict` the request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorConflict"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    getChecklistTemplateVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the version with its content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        content: components["schemas"]["ChecklistTemplateContentOutput"];
                        publishedAt?: string;
                        /** @enum {string} */
                        status: "draft" | "published";
                        templateId: string;
                        version: number;
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    saveChecklistTemplateDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: components["schemas"]["ChecklistTemplateContent"];
                };
                "application/x-www-form-urlencoded": {
                    content: components["schemas"]["ChecklistTemplateContent"];
                };
            };
        };
        responses: {
            /** @description the draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        content: components["schemas"]["ChecklistTemplateContentOutput"];
                        publishedAt?: string;
                        /** @enum {string} */
                        status: "draft" | "published";
                        templateId: string;
                        version: number;
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `conflict` the request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorConflict"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    publishChecklistTemplateVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the published version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        content: components["schemas"]["ChecklistTemplateContentOutput"];
                        publishedAt?: string;
                        /** @enum {string} */
                        status: "draft" | "published";
                        templateId: string;
                        version: number;
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `conflict` the request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorConflict"];
                };
            };
        };
    };
    listEnterprises: {
        parameters: {
            query?: {
                limit?: number;
                noDisturb?: "true" | "false";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the enterprises found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enterprises: components["schemas"]["EnterpriseRecord"][];
                        more: boolean;
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
        };
    };
    getEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                creditCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the enterprise */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseRecord"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    putEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                creditCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "上高县某食品有限公司",
                 *       "address": "上高县敖阳街道",
                 *       "noDisturb": false
                 *     }
                 */
                "application/json": {
                    /** @default  */
                    address?: string;
                    creditCodeOverride?: string;
                    name: string;
                    /** @default false */
                    noDisturb?: boolean;
                };
                "application/x-www-form-urlencoded": {
                    /** @default  */
                    address?: string;
                    creditCodeOverride?: string;
                    name: string;
                    /** @default false */
                    noDisturb?: boolean;
                };
            };
        };
        responses: {
            /** @description the enterprise */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseRecord"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `check_character` the credit code fails the GB 32100 check character (`expected`); send an override with a reason */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorCheckCharacter"];
                };
            };
        };
    };
    offerEvidenceUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": {
                 *         "kind": "rectification",
                 *         "id": "01JDQ7K3M9V8X2N4P6R8T0W2Y4"
                 *       },
                 *       "name": "整改后现场照片.jpg",
                 *       "contentType": "image/jpeg",
                 *       "size": 2400000
                 *     }
                 */
                "application/json": components["schemas"]["EvidenceUploadRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["EvidenceUploadRequest"];
            };
        };
        responses: {
            /** @description the upload form */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceUploadOffer"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
        };
    };
    verifyInspectionCode: {
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
            /** @description the inspection as the enterprise may see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionCodePage"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    rateInspection: {
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
                /**
                 * @example {
                 *       "score": 5,
                 *       "showedCertificates": true,
                 *       "stayedWithinItems": true,
                 *       "askedNothingImproper": true,
                 *       "comment": "检查人员出示了执法证件，态度规范"
                 *     }
                 */
                "application/json": {
                    askedNothingImproper: boolean;
                    /** @default  */
                    comment?: string;
                    score: number | string;
                    showedCertificates: boolean;
                    stayedWithinItems: boolean;
                };
                "application/x-www-form-urlencoded": {
                    askedNothingImproper: boolean;
                    /** @default  */
                    comment?: string;
                    score: number | string;
                    showedCertificates: boolean;
                    stayedWithinItems: boolean;
                };
            };
        };
        responses: {
            /** @description rated */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        rated: true;
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `conflict` the request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorConflict"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
        };
    };
    acknowledgeByEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    note?: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    offerEvidenceUploadByEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "整改后照片.jpg",
                 *       "contentType": "image/jpeg",
                 *       "size": 1800000
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    contentType: "image/jpeg" | "image/png" | "image/heic" | "application/pdf" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/ofd";
                    name: string;
                    size: number;
                };
                "application/x-www-form-urlencoded": {
                    /** @enum {string} */
                    contentType: "image/jpeg" | "image/png" | "image/heic" | "application/pdf" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/ofd";
                    name: string;
                    size: number;
                };
            };
        };
        responses: {
            /** @description the upload form */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceUploadOffer"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
        };
    };
    downloadEvidenceByEnterprise: {
        parameters: {
            query?: {
                disposition?: "inline" | "attachment";
            };
            header?: never;
            path: {
                code: string;
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description where to fetch the file, for the next minutes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceDownload"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    reportProgressByEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    percent: number | string;
                    text: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    percent: number | string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    requestCloseByEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    /** @default [] */
                    measuresDone?: string[];
                    summary: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    /** @default [] */
                    measuresDone?: string[];
                    summary: string;
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    requestExtensionByEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    progress: string;
                    proposedDeadline: components["schemas"]["CalendarDate"];
                    reason: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    progress: string;
                    proposedDeadline: components["schemas"]["CalendarDate"];
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    listInspectionFilings: {
        parameters: {
            query?: {
                agency?: string;
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the filings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        filings: components["schemas"]["InspectionFiling"][];
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
        };
    };
    fileInspectionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing; a retry with the same key answers the first result instead of acting twice */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enterprise": "91360923MA35F2K8XC",
                 *       "inspectionType": "routine",
                 *       "items": [
                 *         "SC-SP-01"
                 *       ],
                 *       "legalBasis": "《中华人民共和国食品安全法》第一百一十条",
                 *       "window": {
                 *         "from": "2026-12-03",
                 *         "to": "2026-12-03"
                 *       },
                 *       "officers": [
                 *         "sc-liu",
                 *         "sc-chen"
                 *       ],
                 *       "approval": {
                 *         "approver": "局长",
                 *         "approvedOn": "2026-11-27"
                 *       }
                 *     }
                 */
                "application/json": {
                    approval: {
                        approvedOn: components["schemas"]["CalendarDate"];
                        approver: string;
                    };
                    codeless?: {
                        inspectedOn: components["schemas"]["CalendarDate"];
                        reason: string;
                    };
                    enterprise: string;
                    /** @enum {string} */
                    exemptionReason?: "complaint" | "referral" | "rectification-follow-up" | "enterprise-request" | "licensing" | "special-campaign";
                    /** @enum {string} */
                    inspectionType: "routine" | "special-campaign" | "case-triggered";
                    items: string[];
                    legalBasis: string;
                    officers: string[];
                    window: {
                        from: components["schemas"]["CalendarDate"];
                        to: components["schemas"]["CalendarDate"];
                    };
                };
                "application/x-www-form-urlencoded": {
                    approval: {
                        approvedOn: components["schemas"]["CalendarDate"];
                        approver: string;
                    };
                    codeless?: {
                        inspectedOn: components["schemas"]["CalendarDate"];
                        reason: string;
                    };
                    enterprise: string;
                    /** @enum {string} */
                    exemptionReason?: "complaint" | "referral" | "rectification-follow-up" | "enterprise-request" | "licensing" | "special-campaign";
                    /** @enum {string} */
                    inspectionType: "routine" | "special-campaign" | "case-triggered";
                    items: string[];
                    legalBasis: string;
                    officers: string[];
                    window: {
                        from: components["schemas"]["CalendarDate"];
                        to: components["schemas"]["CalendarDate"];
                    };
                };
            };
        };
        responses: {
            /** @description filed before under this Idempotency-Key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionFiling"];
                };
            };
            /** @description filed, with its inspection code */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionFiling"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description conflict with the current state: `conflict` the request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorConflict"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `filing_rules_broken` the filing breaks rules; `rules` lists every hit with its reason code; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it; `organisation_unknown` the request names an organisation this bureau does not have; `fields` names where; `organisation_inactive` the request names a deactivated organisation: it keeps its history but gets no new work; `idempotency_key_reused` the Idempotency-Key was used before with another body: a new request needs a new key */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorFilingRulesBrokenOrCalendarUnknownOrOrganisationUnknownOrOrganisationInactiveOrIdempotencyKeyReused"];
                };
            };
        };
    };
    getInspectionFiling: {
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
            /** @description the filing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionFiling"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    cancelInspectionFiling: {
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
                /**
                 * @example {
                 *       "expectedVersion": 1,
                 *       "reason": "企业停产"
                 *     }
                 */
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    reason: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the cancelled filing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionFiling"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
        };
    };
    downloadFilingEvidence: {
        parameters: {
            query?: {
                disposition?: "inline" | "attachment";
            };
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description where to fetch the file, for the next minutes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceDownload"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    getInspectionRating: {
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
            /** @description the rating */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        askedNothingImproper: boolean;
                        /** @default  */
                        comment: string;
                        on: components["schemas"]["CalendarDate"];
                        score: number;
                        showedCertificates: boolean;
                        stayedWithinItems: boolean;
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    fileInspectionResult: {
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
                /**
                 * @example {
                 *       "expectedVersion": 1,
                 *       "inspectedOn": "2026-12-03",
                 *       "officers": [
                 *         "sc-liu",
                 *         "sc-chen"
                 *       ],
                 *       "findings": [
                 *         {
                 *           "text": "冷库温度记录不连续"
                 *         }
                 *       ],
                 *       "orders": [
                 *         {
                 *           "problem": "冷库温度记录缺失",
                 *           "measure": "建立每日温度记录台账",
                 *           "deadlineWorkingDays": 10
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    /** @default [] */
                    findings?: {
                        text: string;
                    }[];
                    inspectedOn: components["schemas"]["CalendarDate"];
                    officers: string[];
                    orders?: {
                        deadlineWorkingDays: number | string;
                        measure: string;
                        problem: string;
                    }[];
                    /** @default [] */
                    penaltyDecisions?: string[];
                };
                "application/x-www-form-urlencoded": {
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    /** @default [] */
                    findings?: {
                        text: string;
                    }[];
                    inspectedOn: components["schemas"]["CalendarDate"];
                    officers: string[];
                    orders?: {
                        deadlineWorkingDays: number | string;
                        measure: string;
                        problem: string;
                    }[];
                    /** @default [] */
                    penaltyDecisions?: string[];
                };
            };
        };
        responses: {
            /** @description the filing with its result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionFiling"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    checkInspectionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approval: {
                        approvedOn: components["schemas"]["CalendarDate"];
                        approver: string;
                    };
                    codeless?: {
                        inspectedOn: components["schemas"]["CalendarDate"];
                        reason: string;
                    };
                    enterprise: string;
                    /** @enum {string} */
                    exemptionReason?: "complaint" | "referral" | "rectification-follow-up" | "enterprise-request" | "licensing" | "special-campaign";
                    /** @enum {string} */
                    inspectionType: "routine" | "special-campaign" | "case-triggered";
                    items: string[];
                    legalBasis: string;
                    officers: string[];
                    window: {
                        from: components["schemas"]["CalendarDate"];
                        to: components["schemas"]["CalendarDate"];
                    };
                };
                "application/x-www-form-urlencoded": {
                    approval: {
                        approvedOn: components["schemas"]["CalendarDate"];
                        approver: string;
                    };
                    codeless?: {
                        inspectedOn: components["schemas"]["CalendarDate"];
                        reason: string;
                    };
                    enterprise: string;
                    /** @enum {string} */
                    exemptionReason?: "complaint" | "referral" | "rectification-follow-up" | "enterprise-request" | "licensing" | "special-campaign";
                    /** @enum {string} */
                    inspectionType: "routine" | "special-campaign" | "case-triggered";
                    items: string[];
                    legalBasis: string;
                    officers: string[];
                    window: {
                        from: components["schemas"]["CalendarDate"];
                        to: components["schemas"]["CalendarDate"];
                    };
                };
            };
        };
        responses: {
            /** @description the verdict */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanCheck"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `organisation_unknown` the request names an organisation this bureau does not have; `fields` names where; `organisation_inactive` the request names a deactivated organisation: it keeps its history but gets no new work */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorOrganisationUnknownOrOrganisationInactive"];
                };
            };
        };
    };
    formJointInspection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    filingIds: string[];
                    visitOn: components["schemas"]["CalendarDate"];
                };
                "application/x-www-form-urlencoded": {
                    filingIds: string[];
                    visitOn: components["schemas"]["CalendarDate"];
                };
            };
        };
        responses: {
            /** @description the joint inspection */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        filingIds: string[];
                        id: string;
                        visitOn: components["schemas"]["CalendarDate"];
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description conflict with the current state: `conflict` the request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorConflict"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name?: string;
                        organisation: string;
                        organisationName: string | null;
                        roles: ("admin" | "supervisor" | "inspector" | "agency" | "office")[];
                        /** @description reads every agency's inspection filings; otherwise its own agency's */
                        seesAllFilings: boolean;
                        /** @description reads every rectification item of the bureau; otherwise its own and those it follows up */
                        seesWholeBureau: boolean;
                        tenant: string;
                        userId: string;
                    };
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                limit?: number;
                organisation?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notifications: components["schemas"]["Notification"][];
                        organisation: string;
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description a date YYYY-MM-DD, as in Asia/Shanghai */
                date: components["schemas"]["CalendarDate"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the digest */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    listOfficers: {
        parameters: {
            query: {
                agency: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the officers with their certificates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        officers: components["schemas"]["Officer"][];
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
        };
    };
    putOfficer: {
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
                /**
                 * @example {
                 *       "name": "刘明",
                 *       "agency": "agency-market",
                 *       "certificateNumber": "赣执36092300123",
                 *       "certificateValidFrom": "2024-01-01",
                 *       "certificateValidTo": "2028-12-31"
                 *     }
                 */
                "application/json": {
                    agency: string;
                    certificateNumber: string;
                    certificateValidFrom: components["schemas"]["CalendarDate"];
                    certificateValidTo: components["schemas"]["CalendarDate"];
                    name: string;
                };
                "application/x-www-form-urlencoded": {
                    agency: string;
                    certificateNumber: string;
                    certificateValidFrom: components["schemas"]["CalendarDate"];
                    certificateValidTo: components["schemas"]["CalendarDate"];
                    name: string;
                };
            };
        };
        responses: {
            /** @description the officer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Officer"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                active?: "true" | "false";
                kind?: "bureau" | "section" | "office" | "agency";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every organisation, deactivated ones included unless filtered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organisations: components["schemas"]["Organisation"][];
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "office-xinjie",
                 *       "kind": "office",
                 *       "name": "新街司法所",
                 *       "shortName": "新街所",
                 *       "parent": "bureau",
                 *       "contact": {
                 *         "person": "王所长",
                 *         "phone": "0795-2512345",
                 *         "address": "上高县新界埠镇"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @default {} */
                    contact?: {
                        address?: string;
                        person?: string;
                        phone?: string;
                    };
                    id: string;
                    /** @enum {string} */
                    kind: "bureau" | "section" | "office" | "agency";
                    name: string;
                    parent?: string;
                    shortName?: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @default {} */
                    contact?: {
                        address?: string;
                        person?: string;
                        phone?: string;
                    };
                    id: string;
                    /** @enum {string} */
                    kind: "bureau" | "section" | "office" | "agency";
                    name: string;
                    parent?: string;
                    shortName?: string;
                };
            };
        };
        responses: {
            /** @description the organisation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description conflict with the current state: `conflict` the request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorConflict"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    getOrganisation: {
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
            /** @description the organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    updateOrganisation: {
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
                /**
                 * @example {
                 *       "expectedVersion": 1,
                 *       "kind": "office",
                 *       "name": "新街司法所",
                 *       "shortName": "新街所",
                 *       "parent": "bureau",
                 *       "contact": {
                 *         "phone": "0795-2512346"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @default {} */
                    contact?: {
                        address?: string;
                        person?: string;
                        phone?: string;
                    };
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    /** @enum {string} */
                    kind: "bureau" | "section" | "office" | "agency";
                    name: string;
                    parent?: string;
                    shortName?: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @default {} */
                    contact?: {
                        address?: string;
                        person?: string;
                        phone?: string;
                    };
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    /** @enum {string} */
                    kind: "bureau" | "section" | "office" | "agency";
                    name: string;
                    parent?: string;
                    shortName?: string;
                };
            };
        };
        responses: {
            /** @description the organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflict"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    deactivateOrganisation: {
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
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                };
            };
        };
        responses: {
            /** @description the organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    reactivateOrganisation: {
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
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                };
            };
        };
        responses: {
            /** @description the organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    listRectificationCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaigns: components["schemas"]["RectificationCampaignView"][];
                    };
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
        };
    };
    createRectificationCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "2026年度法治述职问题整改",
                 *       "sourceDocument": "上司发〔2026〕12号",
                 *       "issuingBody": "上高县委全面依法治县委员会办公室",
                 *       "owner": "supervision-section",
                 *       "dueOn": "2027-03-31"
                 *     }
                 */
                "application/json": {
                    dueOn?: components["schemas"]["CalendarDate"];
                    /** @description 下发机关 */
                    issuingBody?: string;
                    /** @description the organisation that leads the campaign (牵头单位) */
                    owner: string;
                    /** @description 来源文件文号, e.g. 上司发〔2026〕12号 */
                    sourceDocument?: string;
                    startedOn?: components["schemas"]["CalendarDate"];
                    /** @description 专项名称, e.g. 2026年度法治述职问题整改 */
                    title: string;
                };
                "application/x-www-form-urlencoded": {
                    dueOn?: components["schemas"]["CalendarDate"];
                    /** @description 下发机关 */
                    issuingBody?: string;
                    /** @description the organisation that leads the campaign (牵头单位) */
                    owner: string;
                    /** @description 来源文件文号, e.g. 上司发〔2026〕12号 */
                    sourceDocument?: string;
                    startedOn?: components["schemas"]["CalendarDate"];
                    /** @description 专项名称, e.g. 2026年度法治述职问题整改 */
                    title: string;
                };
            };
        };
        responses: {
            /** @description opened */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationCampaignView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `organisation_unknown` the request names an organisation this bureau does not have; `fields` names where; `organisation_inactive` the request names a deactivated organisation: it keeps its history but gets no new work */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrOrganisationUnknownOrOrganisationInactive"];
                };
            };
        };
    };
    readRectificationCampaign: {
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
            /** @description the campaign */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationCampaignView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    exportRectificationCampaignLists: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: "lists.xlsx" | "lists.csv";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the workbook, or the CSV (UTF-8 with BOM) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    importRectificationCampaignList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description the .xlsx file, as the request body */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description this file was imported before: that import */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationCampaignImport"];
                };
            };
            /** @description imported */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationCampaignImport"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    downloadRectificationCampaignImportTemplate: {
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
            /** @description the template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    listRectifications: {
        parameters: {
            query?: {
                colour?: "green" | "yellow" | "red";
                cursor?: string;
                dueBefore?: components["schemas"]["CalendarDate"];
                escalated?: "true" | "false";
                limit?: number;
                organisation?: string;
                source?: "checklist" | "inspection" | "manual";
                status?: "assigned" | "acknowledged" | "in_progress" | "close_requested" | "closed" | "cancelled";
                /** @description items this organisation follows up (督促), e.g. an agency its enterprises' items */
                supervising?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationPage"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
        };
    };
    assignRectification: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing; a retry with the same key answers the first result instead of acting twice */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reference": "2026年法治督察 第7项",
                 *       "problem": {
                 *         "title": "行政执法案卷归档不规范",
                 *         "description": "抽查的 12 份案卷中 5 份缺少送达回证"
                 *       },
                 *       "measures": [
                 *         {
                 *           "text": "补齐送达回证"
                 *         },
                 *         {
                 *           "text": "建立案卷归档核对制度"
                 *         }
                 *       ],
                 *       "responsibility": {
                 *         "organisation": "office-aoyang",
                 *         "person": "张三",
                 *         "supervisingLeader": "李局长"
                 *       },
                 *       "severity": "major",
                 *       "deadline": {
                 *         "workingDays": 10
                 *       }
                 *     }
                 */
                "application/json": {
                    campaign?: string;
                    deadline: {
                        date: components["schemas"]["CalendarDate"];
                    } | {
                        workingDays: number | string;
                    };
                    /** @default [] */
                    evidence?: components["schemas"]["ArchiveEvidence"][];
                    /** @default [] */
                    measures?: {
                        dueDate?: components["schemas"]["CalendarDate"];
                        owner?: string;
                        text: string;
                    }[];
                    problem: {
                        /** @default  */
                        description?: string;
                        title: string;
                    };
                    reference?: string;
                    responsibility: {
                        organisation: string;
                        person?: string;
                        supervisingLeader?: string;
                        supervisingOrganisation?: string;
                    };
                    /**
                     * @default major
                     * @enum {string}
                     */
                    severity?: "minor" | "major" | "critical";
                };
                "application/x-www-form-urlencoded": {
                    campaign?: string;
                    deadline: {
                        date: components["schemas"]["CalendarDate"];
                    } | {
                        workingDays: number | string;
                    };
                    /** @default [] */
                    evidence?: components["schemas"]["ArchiveEvidence"][];
                    /** @default [] */
                    measures?: {
                        dueDate?: components["schemas"]["CalendarDate"];
                        owner?: string;
                        text: string;
                    }[];
                    problem: {
                        /** @default  */
                        description?: string;
                        title: string;
                    };
                    reference?: string;
                    responsibility: {
                        organisation: string;
                        person?: string;
                        supervisingLeader?: string;
                        supervisingOrganisation?: string;
                    };
                    /**
                     * @default major
                     * @enum {string}
                     */
                    severity?: "minor" | "major" | "critical";
                };
            };
        };
        responses: {
            /** @description assigned before under this Idempotency-Key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rectification"];
                };
            };
            /** @description assigned */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rectification"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description conflict with the current state: `conflict` the request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorConflict"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it; `organisation_unknown` the request names an organisation this bureau does not have; `fields` names where; `organisation_inactive` the request names a deactivated organisation: it keeps its history but gets no new work; `idempotency_key_reused` the Idempotency-Key was used before with another body: a new request needs a new key */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknownOrOrganisationUnknownOrOrganisationInactiveOrIdempotencyKeyReused"];
                };
            };
        };
    };
    getRectification: {
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
            /** @description the item with its history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    acknowledgeRectification: {
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
                /**
                 * @example {
                 *       "expectedVersion": 1,
                 *       "note": "已签收，即日起整改"
                 *     }
                 */
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    note?: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    cancelRectification: {
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
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    reason: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    closeRectification: {
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
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    note?: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    decideExtensionRectification: {
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
                "application/json": {
                    /** @constant */
                    approve: true;
                    deadline: components["schemas"]["CalendarDate"];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    note?: string;
                } | {
                    /** @constant */
                    approve: false;
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    note: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @constant */
                    approve: true;
                    deadline: components["schemas"]["CalendarDate"];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    note?: string;
                } | {
                    /** @constant */
                    approve: false;
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    note: string;
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    escalateRectification: {
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
                /**
                 * @example {
                 *       "expectedVersion": 2,
                 *       "reason": "多次催办仍未整改"
                 *     }
                 */
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    reason: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    downloadRectificationEvidence: {
        parameters: {
            query?: {
                disposition?: "inline" | "attachment";
            };
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description where to fetch the file, for the next minutes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceDownload"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    reportProgressRectification: {
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
                /**
                 * @example {
                 *       "expectedVersion": 2,
                 *       "text": "已补齐 8 份送达回证",
                 *       "percent": 60,
                 *       "evidence": [
                 *         {
                 *           "reference": "archive/0012.pdf",
                 *           "description": "送达回证扫描件"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    percent: number | string;
                    text: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    percent: number | string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    reopenRectification: {
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
                "application/json": {
                    deadline: components["schemas"]["CalendarDate"];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    reason: string;
                };
                "application/x-www-form-urlencoded": {
                    deadline: components["schemas"]["CalendarDate"];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    requestCloseRectification: {
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
                /**
                 * @example {
                 *       "expectedVersion": 3,
                 *       "summary": "已全部补齐并归档",
                 *       "evidence": [
                 *         {
                 *           "reference": "archive/0013.pdf"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    /** @default [] */
                    measuresDone?: string[];
                    summary: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    /** @default [] */
                    measuresDone?: string[];
                    summary: string;
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    requestExtensionRectification: {
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
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    progress: string;
                    proposedDeadline: components["schemas"]["CalendarDate"];
                    reason: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    progress: string;
                    proposedDeadline: components["schemas"]["CalendarDate"];
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    returnRectification: {
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
                /**
                 * @example {
                 *       "expectedVersion": 4,
                 *       "reasons": [
                 *         "送达回证缺少当事人签名"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    reasons: string[];
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    reasons: string[];
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    updateMeasureRectification: {
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
                /**
                 * @example {
                 *       "expectedVersion": 2,
                 *       "measureId": "m1",
                 *       "status": "done",
                 *       "note": "已补齐 12 份送达回证",
                 *       "evidence": [
                 *         {
                 *           "reference": "archive/0014.pdf"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    measureId: string;
                    note?: string;
                    /** @enum {string} */
                    status: "in_progress" | "done";
                };
                "application/x-www-form-urlencoded": {
                    /** @default [] */
                    evidence?: components["schemas"]["EvidenceInput"][];
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    measureId: string;
                    note?: string;
                    /** @enum {string} */
                    status: "in_progress" | "done";
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    waiveMeasureRectification: {
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
                /**
                 * @example {
                 *       "expectedVersion": 3,
                 *       "measureId": "m2",
                 *       "reason": "该制度已由县局统一制定"
                 *     }
                 */
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    measureId: string;
                    reason: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    measureId: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description the item after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `calendar_unknown` the working-day calendar does not know that year yet (`year`): an admin must enter it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrCalendarUnknown"];
                };
            };
        };
    };
    exportReport: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                year?: string;
            };
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the workbook or the CSV (UTF-8 with BOM) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
        };
    };
    getChecklistReport: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description per template kind */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistReport"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
        };
    };
    getInspectionReport: {
        parameters: {
            query: {
                /** @description a date YYYY-MM-DD, as in Asia/Shanghai */
                from: components["schemas"]["CalendarDate"];
                /** @description a date YYYY-MM-DD, as in Asia/Shanghai */
                to: components["schemas"]["CalendarDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the figures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionReport"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
        };
    };
    listQuarterlyReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description each with its download link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reports: {
                            download: string;
                            file: string;
                            from: components["schemas"]["CalendarDate"];
                            generatedAt: string;
                            quarter: string;
                            sizeBytes: number;
                            to: components["schemas"]["CalendarDate"];
                        }[];
                    };
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
        };
    };
    downloadQuarterlyReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    getRectificationReport: {
        parameters: {
            query: {
                /** @description a date YYYY-MM-DD, as in Asia/Shanghai */
                from: components["schemas"]["CalendarDate"];
                /** @description a date YYYY-MM-DD, as in Asia/Shanghai */
                to: components["schemas"]["CalendarDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the figures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationReport"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
        };
    };
    getEvidenceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the tenant's settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceSettingsOutput"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
        };
    };
    saveEvidenceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "maxBytes": 20971520
                 *     }
                 */
                "application/json": components["schemas"]["EvidenceSettings"];
                "application/x-www-form-urlencoded": components["schemas"]["EvidenceSettings"];
            };
        };
        responses: {
            /** @description the settings now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceSettingsOutput"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
        };
    };
    getRectificationRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the tenant's rules */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default 5 */
                        autoEscalateAfterOverdueWorkingDays: number | null;
                        /** @default 10 */
                        yellowAfterIdleWorkingDays: number;
                        /** @default 3 */
                        yellowWithinWorkingDays: number;
                    };
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
        };
    };
    saveRectificationRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "yellowWithinWorkingDays": 3,
                 *       "yellowAfterIdleWorkingDays": 10,
                 *       "autoEscalateAfterOverdueWorkingDays": 5
                 *     }
                 */
                "application/json": {
                    /** @default 5 */
                    autoEscalateAfterOverdueWorkingDays?: number | null;
                    /** @default 10 */
                    yellowAfterIdleWorkingDays?: number;
                    /** @default 3 */
                    yellowWithinWorkingDays?: number;
                };
                "application/x-www-form-urlencoded": {
                    /** @default 5 */
                    autoEscalateAfterOverdueWorkingDays?: number | null;
                    /** @default 10 */
                    yellowAfterIdleWorkingDays?: number;
                    /** @default 3 */
                    yellowWithinWorkingDays?: number;
                };
            };
        };
        responses: {
            /** @description the rules now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default 5 */
                        autoEscalateAfterOverdueWorkingDays: number | null;
                        /** @default 10 */
                        yellowAfterIdleWorkingDays: number;
                        /** @default 3 */
                        yellowWithinWorkingDays: number;
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
        };
    };
    getReminderSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default true */
                        codelessLate: boolean;
                        /** @default true */
                        extensionWaiting: boolean;
                        /** @default 2 */
                        extensionWaitingWorkingDays: number;
                        /** @default true */
                        measureDue: boolean;
                        /** @default true */
                        overdue: boolean;
                        /** @default true */
                        resultOverdue: boolean;
                        /** @default 9 */
                        sendHour: number;
                        /** @default bureau */
                        supervisingOrganisation: string;
                        /** @default true */
                        turningRed: boolean;
                        /** @default true */
                        turningYellow: boolean;
                    };
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
        };
    };
    saveReminderSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sendHour": 9,
                 *       "extensionWaitingWorkingDays": 2,
                 *       "supervisingOrganisation": "bureau"
                 *     }
                 */
                "application/json": {
                    /** @default true */
                    codelessLate?: boolean;
                    /** @default true */
                    extensionWaiting?: boolean;
                    /** @default 2 */
                    extensionWaitingWorkingDays?: number;
                    /** @default true */
                    measureDue?: boolean;
                    /** @default true */
                    overdue?: boolean;
                    /** @default true */
                    resultOverdue?: boolean;
                    /** @default 9 */
                    sendHour?: number;
                    /** @default bureau */
                    supervisingOrganisation?: string;
                    /** @default true */
                    turningRed?: boolean;
                    /** @default true */
                    turningYellow?: boolean;
                };
                "application/x-www-form-urlencoded": {
                    /** @default true */
                    codelessLate?: boolean;
                    /** @default true */
                    extensionWaiting?: boolean;
                    /** @default 2 */
                    extensionWaitingWorkingDays?: number;
                    /** @default true */
                    measureDue?: boolean;
                    /** @default true */
                    overdue?: boolean;
                    /** @default true */
                    resultOverdue?: boolean;
                    /** @default 9 */
                    sendHour?: number;
                    /** @default bureau */
                    supervisingOrganisation?: string;
                    /** @default true */
                    turningRed?: boolean;
                    /** @default true */
                    turningYellow?: boolean;
                };
            };
        };
        responses: {
            /** @description the settings now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default true */
                        codelessLate: boolean;
                        /** @default true */
                        extensionWaiting: boolean;
                        /** @default 2 */
                        extensionWaitingWorkingDays: number;
                        /** @default true */
                        measureDue: boolean;
                        /** @default true */
                        overdue: boolean;
                        /** @default true */
                        resultOverdue: boolean;
                        /** @default 9 */
                        sendHour: number;
                        /** @default bureau */
                        supervisingOrganisation: string;
                        /** @default true */
                        turningRed: boolean;
                        /** @default true */
                        turningYellow: boolean;
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every user of the bureau */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: components["schemas"]["User"][];
                    };
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
        };
    };
    inviteUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "login": "xinjie.wang",
                 *       "name": "王新",
                 *       "mobile": "13907951234",
                 *       "organisation": "office-xinjie",
                 *       "roles": [
                 *         "office"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email?: string;
                    login: string;
                    mobile?: string;
                    name: string;
                    organisation: string;
                    roles: ("admin" | "supervisor" | "inspector" | "agency" | "office")[];
                };
                "application/x-www-form-urlencoded": {
                    /** Format: email */
                    email?: string;
                    login: string;
                    mobile?: string;
                    name: string;
                    organisation: string;
                    roles: ("admin" | "supervisor" | "inspector" | "agency" | "office")[];
                };
            };
        };
        responses: {
            /** @description the user (invited) and the activation code, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activation: {
                            /** @description one-time activation code: shown once, hand it to the person */
                            code: string;
                            expiresAt: string;
                        };
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `organisation_unknown` the request names an organisation this bureau does not have; `fields` names where; `organisation_inactive` the request names a deactivated organisation: it keeps its history but gets no new work */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrOrganisationUnknownOrOrganisationInactive"];
                };
            };
        };
    };
    getUser: {
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
            /** @description the user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
        };
    };
    updateUser: {
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
                "application/json": {
                    /** Format: email */
                    email?: string;
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    login: string;
                    mobile?: string;
                    name: string;
                    organisation: string;
                    roles: ("admin" | "supervisor" | "inspector" | "agency" | "office")[];
                };
                "application/x-www-form-urlencoded": {
                    /** Format: email */
                    email?: string;
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                    login: string;
                    mobile?: string;
                    name: string;
                    organisation: string;
                    roles: ("admin" | "supervisor" | "inspector" | "agency" | "office")[];
                };
            };
        };
        responses: {
            /** @description the user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `organisation_unknown` the request names an organisation this bureau does not have; `fields` names where; `organisation_inactive` the request names a deactivated organisation: it keeps its history but gets no new work */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrOrganisationUnknownOrOrganisationInactive"];
                };
            };
        };
    };
    disableUser: {
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
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                };
            };
        };
        responses: {
            /** @description the user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    enableUser: {
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
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                };
            };
        };
        responses: {
            /** @description the user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    resetUser: {
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
                "application/json": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description the `version` you read; a stale one answers 409 version_conflict */
                    expectedVersion: number | string;
                };
            };
        };
        responses: {
            /** @description the user and the new activation code, shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activation: {
                            /** @description one-time activation code: shown once, hand it to the person */
                            code: string;
                            expiresAt: string;
                        };
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `version_conflict` the record changed since you read it: read it again (`currentVersion`); `invalid_transition` this step is not allowed in the current state (`currentStatus`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorVersionConflictOrInvalidTransition"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the robots */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhooks: components["schemas"]["Robot"][];
                    };
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
        };
    };
    saveWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisation: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default wecom
                     * @enum {string}
                     */
                    format?: "wecom" | "dingtalk";
                    secret: string;
                    /** Format: uri */
                    url: string;
                };
                "application/x-www-form-urlencoded": {
                    /**
                     * @default wecom
                     * @enum {string}
                     */
                    format?: "wecom" | "dingtalk";
                    secret: string;
                    /** Format: uri */
                    url: string;
                };
            };
        };
        responses: {
            /** @description the robot (the secret is not echoed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Robot"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field; `organisation_unknown` the request names an organisation this bureau does not have; `fields` names where; `organisation_inactive` the request names a deactivated organisation: it keeps its history but gets no new work */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessableOrOrganisationUnknownOrOrganisationInactive"];
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisation: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the delivery: delivered, or failed with the robot's answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        attempts: number;
                        error?: string;
                        /** @enum {string} */
                        status: "delivered" | "failed";
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    listWorkingCalendarYears: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the entered years */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        years: {
                            daysOff: components["schemas"]["CalendarDate"][];
                            makeUpWorkdays: components["schemas"]["CalendarDate"][];
                            year: number;
                        }[];
                    };
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
        };
    };
    readWorkingCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the year in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingCalendarYear"];
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
        };
    };
    enterWorkingCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "daysOff": [
                 *         "2026-01-01",
                 *         "2026-01-02",
                 *         "2026-02-16",
                 *         "2026-02-17",
                 *         "2026-02-18",
                 *         "2026-02-19",
                 *         "2026-02-20",
                 *         "2026-02-23",
                 *         "2026-04-06",
                 *         "2026-05-01",
                 *         "2026-05-04",
                 *         "2026-05-05",
                 *         "2026-06-19",
                 *         "2026-09-25",
                 *         "2026-10-01",
                 *         "2026-10-02",
                 *         "2026-10-05",
                 *         "2026-10-06",
                 *         "2026-10-07"
                 *       ],
                 *       "makeUpWorkdays": [
                 *         "2026-01-04",
                 *         "2026-02-14",
                 *         "2026-02-28",
                 *         "2026-05-09",
                 *         "2026-09-20",
                 *         "2026-10-10"
                 *       ],
                 *       "override": true,
                 *       "reason": "格式示例：2026年安排已内置，无需录入"
                 *     }
                 */
                "application/json": {
                    daysOff: components["schemas"]["CalendarDate"][];
                    makeUpWorkdays: components["schemas"]["CalendarDate"][];
                    /** @description true to amend a year the bundled State Council data already knows */
                    override?: boolean;
                    /** @description why the year is entered or amended; required with override */
                    reason?: string;
                };
                "application/x-www-form-urlencoded": {
                    daysOff: components["schemas"]["CalendarDate"][];
                    makeUpWorkdays: components["schemas"]["CalendarDate"][];
                    /** @description true to amend a year the bundled State Council data already knows */
                    override?: boolean;
                    /** @description why the year is entered or amended; required with override */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description the arrangement now in force, and the days this changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the days whose kind this request changed (none when the year was unknown before) */
                        changes: {
                            /** @enum {string} */
                            after: "workday" | "day-off";
                            /** @enum {string} */
                            before: "workday" | "day-off";
                            date: components["schemas"]["CalendarDate"];
                        }[];
                        /** @description weekdays off in force (empty when the year is unknown) */
                        daysOff: components["schemas"]["CalendarDate"][];
                        /** @description every change of this bureau's entry, oldest first */
                        history: {
                            /** @enum {string} */
                            action: "entered" | "reverted";
                            actor: components["schemas"]["Actor"];
                            /** Format: date-time */
                            at: string;
                            changes: {
                                /** @enum {string} */
                                after: "workday" | "day-off";
                                /** @enum {string} */
                                before: "workday" | "day-off";
                                date: components["schemas"]["CalendarDate"];
                            }[];
                            daysOff: components["schemas"]["CalendarDate"][];
                            makeUpWorkdays: components["schemas"]["CalendarDate"][];
                            reason?: string;
                            /** @enum {string} */
                            sourceAfter: "bundled" | "entered" | "unknown";
                            /** @enum {string} */
                            sourceBefore: "bundled" | "entered" | "unknown";
                            year: number;
                        }[];
                        /** @description weekend days worked (调休) in force */
                        makeUpWorkdays: components["schemas"]["CalendarDate"][];
                        /** @enum {string} */
                        source: "bundled" | "entered" | "unknown";
                        /** @enum {string} */
                        sourceBefore: "bundled" | "entered" | "unknown";
                        year: number;
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description conflict with the current state: `conflict` the request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorConflict"];
                };
            };
            /** @description body too large: `payload_too_large` the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorPayloadTooLarge"];
                };
            };
            /** @description unsupported media type: `unsupported_media_type` send the body as application/json or application/x-www-form-urlencoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnsupportedMediaType"];
                };
            };
            /** @description refused by a rule: `unprocessable` well-formed, but refused by a rule; `fields` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnprocessable"];
                };
            };
        };
    };
    revertWorkingCalendarYear: {
        parameters: {
            query?: {
                /** @description why the entry is withdrawn */
                reason?: string;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the year now in force, and the days this changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the days whose kind this request changed (none when the year was unknown before) */
                        changes: {
                            /** @enum {string} */
                            after: "workday" | "day-off";
                            /** @enum {string} */
                            before: "workday" | "day-off";
                            date: components["schemas"]["CalendarDate"];
                        }[];
                        /** @description weekdays off in force (empty when the year is unknown) */
                        daysOff: components["schemas"]["CalendarDate"][];
                        /** @description every change of this bureau's entry, oldest first */
                        history: {
                            /** @enum {string} */
                            action: "entered" | "reverted";
                            actor: components["schemas"]["Actor"];
                            /** Format: date-time */
                            at: string;
                            changes: {
                                /** @enum {string} */
                                after: "workday" | "day-off";
                                /** @enum {string} */
                                before: "workday" | "day-off";
                                date: components["schemas"]["CalendarDate"];
                            }[];
                            daysOff: components["schemas"]["CalendarDate"][];
                            makeUpWorkdays: components["schemas"]["CalendarDate"][];
                            reason?: string;
                            /** @enum {string} */
                            sourceAfter: "bundled" | "entered" | "unknown";
                            /** @enum {string} */
                            sourceBefore: "bundled" | "entered" | "unknown";
                            year: number;
                        }[];
                        /** @description weekend days worked (调休) in force */
                        makeUpWorkdays: components["schemas"]["CalendarDate"][];
                        /** @enum {string} */
                        source: "bundled" | "entered" | "unknown";
                        /** @enum {string} */
                        sourceBefore: "bundled" | "entered" | "unknown";
                        year: number;
                    };
                };
            };
            /** @description bad input: `bad_request` a field is missing or malformed; `fields` names each */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBadRequest"];
                };
            };
            /** @description not signed in: `unauthorized` no token, or a token without our claims */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorUnauthorized"];
                };
            };
            /** @description not allowed: `forbidden` your role or organisation may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorForbidden"];
                };
            };
            /** @description not found: `not_found` no such record in your bureau */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorNotFound"];
                };
            };
            /** @description conflict with the current state: `conflict` the request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorConflict"];
                };
            };
        };
    };
}

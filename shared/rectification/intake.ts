import { stableId } from '../adapters/ids.ts';
import type { EventOf } from '../events/catalog.ts';
import type { AssignmentInput } from './assignment.ts';
import type { Source } from './rectification.ts';

export type Intake = { key: string[]; source: Source; input: AssignmentInput; assignedOn: string };

/** The source lines' keys: an item's id is `stableId(...key)`, so a checklist or filing can name the items it became. */
export const intakeKeys = {
  checklist: (tenant: string, submissionId: string, itemId: string) => [tenant, 'checklist', submissionId, itemId],
  inspection: (tenant: string, filingId: string, orderId: string) => [tenant, 'inspection', filingId, orderId],
};

/** The id of the item a source line becomes: a failed checklist item, or an order to correct. */
export const intakeItemId = {
  checklist: (tenant: string, submissionId: string, itemId: string) => stableId(...intakeKeys.checklist(tenant, submissionId, itemId)),
  inspection: (tenant: string, filingId: string, orderId: string) => stableId(...intakeKeys.inspection(tenant, filingId, orderId)),
};

const title = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/**
 * The rectification items an event calls for, one per source line. `key` identifies the line, so the
 * same line always maps to the same item id however often the event arrives.
 */
export const intakeFrom = (event: EventOf<'ChecklistAccepted'> | EventOf<'InspectionResultFiled'>): Intake[] => {
  if (event.type === 'ChecklistAccepted') {
    const p = event.payload;
    return p.failedItems.map((failed) => ({
      key: intakeKeys.checklist(event.tenant, p.submissionId, failed.itemId),
      source: { kind: 'checklist', submissionId: p.submissionId, itemId: failed.itemId, templateKind: p.templateKind },
      assignedOn: p.acceptedOn,
      input: {
        problem: { title: title(failed.text), description: [failed.text.length > 200 ? failed.text : '', failed.note ?? ''].filter(Boolean).join('\n') },
        measures: [],
        responsibility: { organisation: p.subject.organisation },
        severity: failed.critical ? 'critical' : 'major',
        deadline: { workingDays: failed.deadlineWorkingDays },
        evidence: [],
      },
    }));
  }
  const p = event.payload;
  return p.orders.map((order) => ({
    key: intakeKeys.inspection(event.tenant, p.filingId, order.orderId),
    source: { kind: 'inspection', filingId: p.filingId, orderId: order.orderId, inspectionCode: p.inspectionCode },
    assignedOn: p.filedOn,
    input: {
      problem: { title: title(order.problem), description: `${p.enterprise.name}（${p.enterprise.creditCode}）` },
      measures: [{ text: order.measure }],
      responsibility: { organisation: `enterprise:${p.enterprise.creditCode}`, supervisingOrganisation: p.agency },
      severity: 'major',
      deadline: { workingDays: order.deadlineWorkingDays },
      evidence: [],
    },
  }));
};

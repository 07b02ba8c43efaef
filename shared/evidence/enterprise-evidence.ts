import type { Actor } from '../events/envelope.ts';
import type { filingService } from '../filing/filing-service.ts';
import type { rectificationService } from '../rectification/service.ts';
import type { EvidenceFiles } from './evidence-files.ts';
import type { UploadRequest } from './evidence.ts';
import { takesEvidence } from './rectification-evidence.ts';

type Deps = { files: EvidenceFiles; filings: ReturnType<typeof filingService>; rectifications: ReturnType<typeof rectificationService> };

/** The enterprise's evidence, through its inspection code, for the items ordered under it (no account). */
export const enterpriseEvidence = ({ files, filings, rectifications }: Deps) => ({
  offer: async (code: string, itemId: string, request: Pick<UploadRequest, 'name' | 'contentType' | 'size'>) => {
    const { tenant, inspectionCode } = await filings.resolveCode(code);
    takesEvidence(await rectifications.readAsEnterprise(tenant, itemId, inspectionCode));
    const enterprise: Actor = { kind: 'enterprise', inspectionCode };
    return files.offerUpload(tenant, { kind: 'rectification', id: itemId }, request, enterprise);
  },
  download: async (code: string, itemId: string, fileId: string, disposition: 'inline' | 'attachment') => {
    const { tenant, inspectionCode } = await filings.resolveCode(code);
    return files.offerDownload([(await rectifications.readAsEnterprise(tenant, itemId, inspectionCode)).evidence], fileId, disposition);
  },
});

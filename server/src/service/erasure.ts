/** Erasing a lead on request: every request about them, found by their hashed keys. */
import type { ErasedCounts, EraseLeadRequest } from '@personalizer/shared';
import type { AuditStore } from '../store/audit-store.ts';
import { leadKeys } from '../store/lead-key.ts';

export function eraseLead(lead: EraseLeadRequest, store: AuditStore): Promise<ErasedCounts> {
  return store.eraseLead(leadKeys(lead));
}

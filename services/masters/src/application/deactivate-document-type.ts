import { documentTypeDeactivated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { DocumentType } from '../domain/document-types';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import type { DocumentTypeRepository } from '../persistence/document-types.repository';
import { documentTypeState } from './document-type-inputs';
import { deactivateInput, notFound, refused } from './master-inputs';

/**
 * Deactivates a document type, so no step requires or accepts it any more while documents already uploaded
 * keep it, and publishes `document_type.deactivated`.
 */
export class DeactivateDocumentType {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: DocumentTypeRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<DocumentType>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.documentTypesByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('document type'));
      // Documents live in other services; nothing inside masters depends on a document type.
      const refusal = deactivationRefusal(found, `document type ${found.code}`, 0, ['record', 'records']);
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const documentType = deactivated(found, deactivatedAt);
      await this.repo.saveDeactivation(tx.em, documentType);
      await tx.events.publish(documentTypeDeactivated, documentType.id, {
        ...documentTypeState(documentType),
        deactivatedAt: deactivatedAt.toISOString(),
      });
      return ok(documentType);
    });
  }
}

import { In, type EntityManager } from 'typeorm';
import { containsPattern, paginate, type Page } from '@oms/persistence';
import {
  distinctRequirements,
  type DocumentRequirement,
  type DocumentType,
  type OrderType,
  type ProcessStep,
} from '../domain/document-types';
import {
  DocumentTypeEntity,
  DocumentTypeRequirementEntity,
  type DocumentTypeRow,
} from './document-types.entities';
import { whereActive, type ListArgs } from './geography.repository';

/** Narrows a list of document types. */
export interface DocumentTypeListFilter {
  search?: string | null;
  active?: boolean | null;
  /** Only those some step of this order type requires (at `step`, when given too). */
  orderType?: OrderType | null;
  /** Only those required at this step (for `orderType`, when given too). */
  step?: ProcessStep | null;
}

/** Reads and writes document types and where each is required. */
export class DocumentTypeRepository {
  /** Inserts a document type and where it is required. */
  async insertDocumentType(em: EntityManager, documentType: DocumentType): Promise<void> {
    const { requiredFor, ...row } = documentType;
    await em.getRepository(DocumentTypeEntity).insert(row);
    await this.insertRequirements(em, documentType.id, requiredFor);
  }

  /** Writes the editable fields and replaces where it is required (its code never changes). */
  async saveDocumentType(em: EntityManager, documentType: DocumentType): Promise<void> {
    const { name, description, allowedContentTypes, maxSizeBytes, updatedAt, deactivatedAt } = documentType;
    await em
      .getRepository(DocumentTypeEntity)
      .update(
        { id: documentType.id },
        { name, description, allowedContentTypes, maxSizeBytes, updatedAt, deactivatedAt },
      );
    await em.getRepository(DocumentTypeRequirementEntity).delete({ documentTypeId: documentType.id });
    await this.insertRequirements(em, documentType.id, documentType.requiredFor);
  }

  /** Writes only whether a document type is active. */
  async saveDeactivation(em: EntityManager, documentType: DocumentType): Promise<void> {
    await em
      .getRepository(DocumentTypeEntity)
      .update({ id: documentType.id }, { deactivatedAt: documentType.deactivatedAt });
  }

  documentTypeByCode(em: EntityManager, code: string): Promise<DocumentTypeRow | null> {
    return em.getRepository(DocumentTypeEntity).findOneBy({ code });
  }

  async documentTypesByIds(em: EntityManager, ids: readonly string[]): Promise<DocumentType[]> {
    if (ids.length === 0) return [];
    return this.withRequirements(em, await em.getRepository(DocumentTypeEntity).findBy({ id: In([...ids]) }));
  }

  async listDocumentTypes(
    em: EntityManager,
    args: ListArgs<DocumentTypeListFilter>,
  ): Promise<Page<DocumentType>> {
    const qb = em.getRepository(DocumentTypeEntity).createQueryBuilder('dt');
    whereActive(qb, args.filter?.active);
    const { orderType, step, search } = args.filter ?? {};
    if (orderType || step) {
      // One requirement must match both when both are given: a (orderType, step) pair.
      const conditions = ['r.document_type_id = dt.id'];
      if (orderType) conditions.push('r.order_type = :orderType');
      if (step) conditions.push('r.step = :step');
      qb.andWhere(`EXISTS (SELECT 1 FROM document_type_requirement r WHERE ${conditions.join(' AND ')})`, {
        orderType,
        step,
      });
    }
    if (search) {
      qb.andWhere("(LOWER(dt.code) LIKE :q ESCAPE '!' OR LOWER(dt.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(search),
      });
    }
    const page = await paginate(qb, args);
    const full = new Map(
      (
        await this.withRequirements(
          em,
          page.edges.map((e) => e.node),
        )
      ).map((d) => [d.id, d]),
    );
    return {
      ...page,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: full.get(e.node.id) ?? { ...e.node, requiredFor: [] },
      })),
    };
  }

  private async insertRequirements(
    em: EntityManager,
    documentTypeId: string,
    requirements: DocumentRequirement[],
  ): Promise<void> {
    if (requirements.length === 0) return;
    await em
      .getRepository(DocumentTypeRequirementEntity)
      .insert(requirements.map(({ orderType, step }) => ({ documentTypeId, orderType, step })));
  }

  private async withRequirements(em: EntityManager, rows: DocumentTypeRow[]): Promise<DocumentType[]> {
    if (rows.length === 0) return [];
    const links = await em
      .getRepository(DocumentTypeRequirementEntity)
      .findBy({ documentTypeId: In(rows.map((r) => r.id)) });
    return rows.map((row) => ({
      ...row,
      requiredFor: distinctRequirements(
        links.filter((l) => l.documentTypeId === row.id).map(({ orderType, step }) => ({ orderType, step })),
      ),
    }));
  }
}

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Principal } from '@oms/auth';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import type { Database } from '@oms/persistence';
import { ErrorCode, fail, ok, parseInput, userError, type Result, type UserError } from '@oms/server';
import {
  documentRefusal,
  sniffContentType,
  type KnownDocumentType,
  type OrderDocument,
} from '../domain/document';
import { FILE_SLOT_MINUTES, safeFileName, slotRefusal, type FileSlot } from '../domain/file-slot';
import { flowOf } from '../domain/order-flow';
import type { Order } from '../domain/order';
import type { OrderRepository } from '../persistence/order.repository';
import { toOrder } from './order-entry';

export const requestUploadInput = z.object({
  orderId: z.string().trim().min(1, 'orderId is required'),
  documentTypeId: z.string().trim().min(1, 'documentTypeId is required'),
  fileName: z
    .string()
    .trim()
    .min(1, 'fileName must have 1–200 characters')
    .max(200, 'fileName must have 1–200 characters'),
});
export const requestDownloadInput = z.object({ id: z.string().trim().min(1, 'id is required') });

/** The path (under the gateway's origin) where a file link is used. */
export const FILE_ROUTE = '/files/orders';

/** A link handed out: where to send (or fetch) the file and until when. */
export interface FileLink {
  url: string;
  expiresAt: Date;
}

/** An upload link with the rules the file must meet. */
export interface UploadLink extends FileLink {
  documentType: KnownDocumentType;
}

/** What the file route answers: the HTTP status and a JSON body (or, for downloads, the bytes). */
export type FileOutcome =
  | { status: number; body: { document?: OrderDocument; errors?: UserError[] } }
  | { status: 200; file: { bytes: Buffer; contentType: string; fileName: string } };

/**
 * Documents attached to orders, through short-lived links: `requestUpload` checks who may attach what to
 * which order and hands out a link; the file route (`upload`) checks the bytes against the document type
 * (size limit, content type sniffed from the bytes) and stores them; `requestDownload` hands the users who
 * reach the order a link to fetch one document.
 */
export class OrderDocuments {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly db: Database,
    private readonly orders: OrderRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async requestUpload(
    context: EventContext,
    principal: Principal,
    raw: unknown,
  ): Promise<Result<UploadLink>> {
    const parsed = parseInput(requestUploadInput, raw);
    if (!parsed.ok) return parsed;
    const input = parsed.value;
    return this.uow.run(context, async (tx) => {
      const row = await this.orders.byId(tx.em, input.orderId);
      if (!row || !mayAttach(principal, row))
        return fail(userError(ErrorCode.NOT_FOUND, 'no order has this id', ['input', 'orderId']));
      const order = toOrder(row);
      if (flowOf(order.orderType, order.flowVersion).states[order.state].final)
        return fail(
          userError('INVALID_STATE', `order ${order.orderNo} is ${order.state}`, ['input', 'orderId']),
        );
      const type = await this.orders.documentType(tx.em, input.documentTypeId);
      if (!type)
        return fail(
          userError(ErrorCode.REFERENCE_NOT_FOUND, 'no document type has this id', [
            'input',
            'documentTypeId',
          ]),
        );
      if (!type.active)
        return fail(
          userError('REFERENCE_INACTIVE', `document type ${type.code} is inactive`, [
            'input',
            'documentTypeId',
          ]),
        );
      const link = await this.issue(tx.em, {
        kind: 'UPLOAD',
        orderId: order.id,
        documentTypeId: type.id,
        fileName: safeFileName(input.fileName),
        documentId: null,
        createdBy: tx.context.actor.id,
      });
      return ok({ ...link, documentType: type });
    });
  }

  async requestDownload(
    context: EventContext,
    principal: Principal,
    raw: unknown,
  ): Promise<Result<FileLink>> {
    const parsed = parseInput(requestDownloadInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const document = await this.orders.documentById(tx.em, parsed.value.id);
      const order = document ? await this.orders.byId(tx.em, document.orderId) : null;
      if (!document || !order || !mayRead(principal, order))
        return fail(userError(ErrorCode.NOT_FOUND, 'no document has this id', ['input', 'id']));
      return ok(
        await this.issue(tx.em, {
          kind: 'DOWNLOAD',
          orderId: order.id,
          documentTypeId: null,
          fileName: null,
          documentId: document.id,
          createdBy: tx.context.actor.id,
        }),
      );
    });
  }

  /** Stores the bytes sent to an upload link, if the link is valid and the file meets its document type. */
  async upload(context: EventContext, token: string, bytes: Buffer): Promise<FileOutcome> {
    const tokenHash = hashOf(token);
    return this.uow.run(context, async (tx) => {
      const at = this.clock();
      const slot = await this.orders.slot(tx.em, tokenHash);
      const refusal = slotRefusal(slot, 'UPLOAD', at);
      if (refusal || !slot) return linkRefusal(refusal ?? 'NOT_FOUND');
      const type = await this.orders.documentType(tx.em, slot.documentTypeId!);
      if (!type || !type.active)
        return {
          status: 409,
          body: { errors: [userError('REFERENCE_INACTIVE', 'the document type is no longer active')] },
        };
      const problem = documentRefusal(type, bytes);
      if (problem)
        return {
          status: problem.code === 'FILE_TOO_LARGE' ? 413 : 415,
          body: { errors: [userError(problem.code, problem.message)] },
        };
      if (!(await this.orders.spendSlot(tx.em, tokenHash, at))) return linkRefusal('EXPIRED');
      const document: OrderDocument = {
        id: randomUUID(),
        orderId: slot.orderId,
        documentTypeId: type.id,
        documentTypeCode: type.code,
        fileName: slot.fileName ?? 'document',
        contentType: sniffContentType(bytes)!,
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        uploadedAt: at,
        uploadedBy: slot.createdBy,
      };
      await this.orders.insertDocument(tx.em, { ...document, content: bytes });
      return { status: 201, body: { document } };
    });
  }

  /** The bytes behind a download link. */
  async download(token: string): Promise<FileOutcome> {
    return this.db.read(async (em) => {
      const slot = await this.orders.slot(em, hashOf(token));
      const refusal = slotRefusal(slot, 'DOWNLOAD', this.clock());
      if (refusal || !slot) return linkRefusal(refusal ?? 'NOT_FOUND');
      const document = await this.orders.documentById(em, slot.documentId!);
      const bytes = document ? await this.orders.contentOf(em, document.id) : null;
      if (!document || !bytes) return linkRefusal('NOT_FOUND');
      return {
        status: 200 as const,
        file: { bytes, contentType: document.contentType, fileName: document.fileName },
      };
    });
  }

  documentsOf(orderId: string): Promise<OrderDocument[]> {
    return this.db.read((em) => this.orders.documentsOf(em, orderId));
  }

  /** The largest file any upload link can accept (the route stops reading beyond it). */
  static readonly MAX_BYTES = 50 * 1024 * 1024;

  private async issue(
    em: Parameters<OrderRepository['insertSlot']>[0],
    slot: Omit<FileSlot, 'tokenHash' | 'createdAt' | 'expiresAt' | 'usedAt'>,
  ): Promise<FileLink> {
    const token = randomBytes(32).toString('base64url');
    const createdAt = this.clock();
    const expiresAt = new Date(createdAt.getTime() + FILE_SLOT_MINUTES[slot.kind] * 60_000);
    await this.orders.insertSlot(em, {
      ...slot,
      tokenHash: hashOf(token),
      createdAt,
      expiresAt,
      usedAt: null,
    });
    return { url: `${FILE_ROUTE}/${token}`, expiresAt };
  }
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

function linkRefusal(reason: 'NOT_FOUND' | 'EXPIRED'): FileOutcome {
  return reason === 'NOT_FOUND'
    ? { status: 404, body: { errors: [userError(ErrorCode.NOT_FOUND, 'no such file link')] } }
    : { status: 410, body: { errors: [userError('LINK_EXPIRED', 'the file link has expired or was used')] } };
}

/** Who may attach documents to an order: sales of its branch, or installation staff of its city. */
function mayAttach(principal: Principal, order: Order): boolean {
  return (
    (principal.can('ORDERS:EDIT') && principal.reaches({ branchId: order.branchId })) ||
    (principal.can('INSTALLATION:EDIT') &&
      principal.reaches({ branchId: order.branchId, installationCityId: order.cityId }))
  );
}

/** Who may read an order's documents: whoever reaches the order. */
export function mayRead(principal: Principal, order: Order): boolean {
  return (
    (principal.can('ORDERS:VIEW') && principal.reaches({ branchId: order.branchId })) ||
    (principal.can('INSTALLATION:VIEW') &&
      principal.reaches({ branchId: order.branchId, installationCityId: order.cityId }))
  );
}

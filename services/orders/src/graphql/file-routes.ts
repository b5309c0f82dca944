import express from 'express';
import { correlationIdFrom } from '@oms/server';
import { FILE_ROUTE, OrderDocuments, type FileOutcome } from '../application/order-documents';

/**
 * The file links the graph hands out (`requestDocumentUpload`, `requestDocumentDownload`): PUT the raw bytes
 * to an upload link, GET a download link. The gateway forwards `/files/orders/*` here; the link's token is
 * the credential (random, short-lived, stored only as a hash; an upload link is spent by its upload). Bytes
 * beyond the largest size any document type allows are not even read.
 */
export function fileRoutes(documents: OrderDocuments): (app: express.Express) => void {
  const send = (res: express.Response, outcome: FileOutcome) => {
    if ('file' in outcome) {
      res.setHeader('content-type', outcome.file.contentType);
      res.setHeader('content-disposition', `attachment; filename="${outcome.file.fileName}"`);
      res.setHeader('cache-control', 'no-store');
      res.setHeader('x-content-type-options', 'nosniff');
      res.status(200).end(outcome.file.bytes);
    } else res.status(outcome.status).json(outcome.body);
  };
  return (app) => {
    app.put(
      `${FILE_ROUTE}/:token`,
      express.raw({ type: () => true, limit: OrderDocuments.MAX_BYTES }),
      async (req, res, next) => {
        try {
          const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
          const context = {
            correlationId: correlationIdFrom(req.headers),
            causationId: null,
            actor: { kind: 'SYSTEM' as const, id: 'file-link' },
          };
          send(res, await documents.upload(context, String(req.params.token), bytes));
        } catch (err) {
          next(err);
        }
      },
    );
    app.get(`${FILE_ROUTE}/:token`, async (req, res, next) => {
      try {
        send(res, await documents.download(String(req.params.token)));
      } catch (err) {
        next(err);
      }
    });
    // A body larger than any document type allows: refused before it is read whole.
    app.use(
      FILE_ROUTE,
      (err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
        if ((err as { type?: string }).type === 'entity.too.large')
          res
            .status(413)
            .json({ errors: [{ code: 'FILE_TOO_LARGE', field: null, message: 'the file is too large' }] });
        else next(err);
      },
    );
  };
}

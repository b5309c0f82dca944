import http from 'node:http';
import https from 'node:https';
import type express from 'express';
import type { Logger } from '@oms/config';

/** The subgraphs that hand out file links (`/files/<service>/<token>`), and the methods those links take. */
export const FILE_SERVICES: ReadonlySet<string> = new Set(['orders']);
const METHODS = new Set(['GET', 'PUT']);
/** The request headers passed on; nothing else (no cookies, no authorization) reaches the subgraph. */
const FORWARDED = ['content-type', 'content-length', 'x-correlation-id'];

/**
 * Forwards the file links subgraphs hand out through the graph (short-lived upload and download links such
 * as orders' `/files/orders/<token>`) to the subgraph that issued them, streaming the body both ways, so a
 * client only ever talks to the gateway and the subgraphs stay reachable from the gateway alone. The token in
 * the path is the link's credential; the subgraph checks it.
 */
export function fileProxy(subgraphs: ReadonlyMap<string, string>, logger: Logger): express.RequestHandler {
  return (req, res) => {
    const service = String(req.params.service);
    const target = subgraphs.get(service);
    if (!FILE_SERVICES.has(service) || !target || !METHODS.has(req.method)) {
      res.status(404).json({ errors: [{ code: 'NOT_FOUND', field: null, message: 'no such file link' }] });
      return;
    }
    const url = new URL(`/files/${service}/${encodeURIComponent(String(req.params.token))}`, target);
    const headers: http.OutgoingHttpHeaders = {};
    for (const name of FORWARDED) if (req.headers[name]) headers[name] = req.headers[name];
    // The id the gateway settled for this request (the client's, or one it made), as for GraphQL calls.
    const correlationId = (res.locals as { correlationId?: string }).correlationId;
    if (correlationId) headers['x-correlation-id'] = correlationId;
    const upstream = (url.protocol === 'https:' ? https : http).request(
      url,
      { method: req.method, headers },
      (answer) => {
        res.status(answer.statusCode ?? 502);
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && name !== 'connection' && name !== 'transfer-encoding')
            res.setHeader(name, value);
        }
        answer.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      logger.warn({ err, service }, 'file link: subgraph unreachable');
      if (!res.headersSent)
        res.status(502).json({ errors: [{ code: 'UNAVAILABLE', field: null, message: 'try again later' }] });
      else res.destroy();
    });
    req.pipe(upstream);
  };
}

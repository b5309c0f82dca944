import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request, RequestHandler, Response } from 'express';
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Histogram } from 'prom-client';
import { withLogContext, type Logger } from '@oms/config';
import type { ServiceMetrics } from './metrics';

/** The latency histogram of GraphQL operations, on the gateway and on every subgraph. */
export const OPERATION_DURATION_METRIC = 'oms_graphql_operation_duration_seconds';

/** The label of an operation the client did not name. */
export const ANONYMOUS_OPERATION = '(anonymous)';
/** The label of a request refused before its operation was known (unparseable, invalid, unauthenticated). */
export const UNKNOWN_OPERATION = '(unknown)';
/** The label of every name beyond the cap. */
export const OTHER_OPERATION = '(other)';

/** The default number of distinct operation names one service labels before folding new ones into `(other)`. */
export const DEFAULT_MAX_OPERATION_NAMES = 100;

const LONGEST_NAME = 100;

/**
 * The operation label, with bounded cardinality: operation names come from clients, so the first
 * `max` distinct names are labelled as they are and every later one as `(other)`; unnamed operations
 * are `(anonymous)`, requests whose operation never resolved `(unknown)`. The parenthesised labels
 * cannot collide with GraphQL names.
 */
export class OperationLabels {
  private readonly known = new Set<string>();
  private readonly fetchSuffix: RegExp | null;

  constructor(
    private readonly max = DEFAULT_MAX_OPERATION_NAMES,
    /** On a subgraph: its name, to label the gateway's `<operation>__<subgraph>__<n>` fetches by operation. */
    subgraph?: string,
  ) {
    this.fetchSuffix = subgraph ? new RegExp(`^(.+)__${subgraph.replace(/\W/g, '_')}__\\d+$`) : null;
  }

  /** The label of a resolved operation's name (`null`: unnamed), or of an unresolved one (`undefined`). */
  labelOf(name: string | null | undefined): string {
    if (name === undefined) return UNKNOWN_OPERATION;
    if (name === null || name === '') return ANONYMOUS_OPERATION;
    const operation = this.clientName(name);
    if (this.known.has(operation)) return operation;
    if (this.known.size >= this.max || operation.length > LONGEST_NAME) return OTHER_OPERATION;
    this.known.add(operation);
    return operation;
  }

  /** The client's operation name behind a name the gateway gave its subgraph fetch. */
  clientName(name: string): string {
    return this.fetchSuffix?.exec(name)?.[1] ?? name;
  }
}

/** What one request learnt about its GraphQL operation, filled in by the plugin while it runs. */
interface OperationRecord {
  /** `undefined` until the operation resolved; `null` for an unnamed one. */
  name: string | null | undefined;
  errorCodes: string[];
}

const records = new AsyncLocalStorage<OperationRecord>();

/** How to observe a server's GraphQL operations. */
export interface OperationObserverOptions {
  metrics: ServiceMetrics;
  logger: Logger;
  /** The request's correlation id, settled once (the gateway's middleware or the subgraph's header). */
  correlationIdOf: (req: Request, res: Response) => string;
  /** Default `DEFAULT_MAX_OPERATION_NAMES`. */
  maxOperationNames?: number;
  /** On a subgraph: its name (see `OperationLabels`). */
  subgraph?: string;
}

/** Observes every GraphQL request: an Express middleware in front of the GraphQL handler and its plugin. */
export interface OperationObserver {
  /** Times the request, and runs the rest of it with the correlation id on every log line. */
  middleware: RequestHandler;
  /** Tells the middleware the operation's name and errors. */
  plugin: ApolloServerPlugin<object>;
  labels: OperationLabels;
}

/**
 * Measures each GraphQL request from the moment its body is read until the response is sent, so requests
 * refused before execution (unauthenticated, unparseable) count too: it observes
 * `oms_graphql_operation_duration_seconds{operation, outcome}` and writes one access-log line
 * (`graphql operation`: operation, outcome, status, durationMs, correlationId, error codes). The outcome is
 * `error` when the response carries GraphQL errors or an HTTP error status, or the client went away.
 */
export function operationObserver(options: OperationObserverOptions): OperationObserver {
  const labels = new OperationLabels(options.maxOperationNames, options.subgraph);
  const histogram = new Histogram({
    name: OPERATION_DURATION_METRIC,
    help: 'GraphQL requests by operation name and outcome (ok/error), from body read to response sent.',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [options.metrics.registry],
  });

  const middleware: RequestHandler = (req, res, next) => {
    const started = process.hrtime.bigint();
    const correlationId = options.correlationIdOf(req, res);
    const record: OperationRecord = { name: undefined, errorCodes: [] };
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const failed = record.errorCodes.length > 0 || res.statusCode >= 400 || !res.writableFinished;
      const outcome = failed ? 'error' : 'ok';
      histogram.observe({ operation: labels.labelOf(record.name), outcome }, seconds);
      options.logger.info(
        {
          correlationId,
          operation:
            record.name === undefined ? null : (record.name && labels.clientName(record.name)) || null,
          outcome,
          status: res.statusCode,
          durationMs: Math.round(seconds * 10000) / 10,
          ...(record.errorCodes.length > 0 ? { errorCodes: [...new Set(record.errorCodes)] } : {}),
        },
        'graphql operation',
      );
    });
    records.run(record, () => withLogContext({ correlationId }, next));
  };

  const plugin: ApolloServerPlugin<object> = {
    async requestDidStart() {
      const record = records.getStore();
      if (!record) return {};
      return {
        async didResolveOperation({ operationName }) {
          record.name = operationName ?? null;
        },
        async willSendResponse(context) {
          record.errorCodes = errorCodesOf(context);
        },
      };
    },
  };

  return { middleware, plugin, labels };
}

function errorCodesOf(context: GraphQLRequestContextWillSendResponse<object>): string[] {
  const body = context.response.body;
  // The response's errors are the formatted request errors plus any execution errors.
  const sent = body.kind === 'single' ? body.singleResult.errors : undefined;
  const errors = sent ?? context.errors ?? [];
  return errors.map((e) => {
    const code = e.extensions?.code;
    return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
  });
}

import type { RequestHandler } from 'express';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from '@oms/config';

/** Label values of one series. */
export type MetricLabels = Record<string, string | number>;

/** One series of a metric read at scrape time. */
export interface MetricSample {
  labels?: MetricLabels;
  value: number;
}

/** A metric whose values are read when Prometheus scrapes (from the database, a broker, a running count). */
export interface CollectedMetric {
  /** `oms_<area>_<what>[_<unit>]`, e.g. `oms_orders_overdue`. */
  name: string;
  help: string;
  labelNames?: readonly string[];
  /** One value (no labels) or one sample per series; series not returned are not exported. */
  collect: () => number | readonly MetricSample[] | Promise<number | readonly MetricSample[]>;
}

/**
 * What a service's wiring registers its own metrics with (see `ServiceWiring.metrics`): values are read
 * at scrape time, so a service only says how to read them. A collect that fails or takes too long leaves
 * its metric out of that scrape and counts in `oms_metrics_collect_errors_total`; the rest still answer.
 */
export interface MetricsRegistrar {
  /** A value that goes up and down (a backlog, a number of overdue orders). */
  gauge(metric: CollectedMetric): void;
  /** A total that only grows while the process runs (e.g. a count a component keeps); restarts reset it. */
  counter(metric: CollectedMetric): void;
}

/** Options of a service's metrics. */
export interface ServiceMetricsOptions {
  /** Where failed collects are reported. */
  logger?: Logger;
  /** How long one collect may take before the scrape goes on without it; default 3000 ms. */
  collectTimeoutMs?: number;
}

/**
 * Shares one read among the metrics of one scrape (they are collected together): callers while a read is
 * in flight get its result; the next scrape reads again.
 */
export function oncePerScrape<T>(read: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  return () => (current ??= read().finally(() => (current = null)));
}

/**
 * The process metrics (CPU, memory, event loop, GC) of each service name, registered once per name and
 * process: the embedded mode runs every service in one process, and tests restart a service many times.
 */
const processRegistries = new Map<string, Registry>();

function processRegistryOf(service: string): Registry {
  let registry = processRegistries.get(service);
  if (!registry) {
    registry = new Registry();
    registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: registry });
    processRegistries.set(service, registry);
  }
  return registry;
}

/**
 * One service's metrics (or the gateway's): its own registry, so services sharing a process never collide,
 * with `service=<name>` on every series, plus the process metrics. Served as `GET /metrics`.
 */
export class ServiceMetrics implements MetricsRegistrar {
  /** The service's own metrics; components add theirs here (`registers: [metrics.registry]`). */
  readonly registry = new Registry();
  /** Rendered after `registry`, so a scrape's failed collects count in that same scrape. */
  private readonly health = new Registry();
  private readonly collectErrors: Counter<'metric'>;
  private readonly timeoutMs: number;

  constructor(
    readonly service: string,
    private readonly options: ServiceMetricsOptions = {},
  ) {
    this.registry.setDefaultLabels({ service });
    this.health.setDefaultLabels({ service });
    this.timeoutMs = options.collectTimeoutMs ?? 3000;
    this.collectErrors = new Counter({
      name: 'oms_metrics_collect_errors_total',
      help: 'Scrapes in which a metric could not be read (left out of that scrape), by metric.',
      labelNames: ['metric'],
      registers: [this.health],
    });
  }

  gauge(metric: CollectedMetric): void {
    const gauge: Gauge = new Gauge({
      ...this.configOf(metric),
      collect: () =>
        this.read(
          metric,
          gauge,
          (labels, value) => gauge.set(labels, value),
          () => {
            // A gauge without labels would read 0 after the reset: NaN says "not known" instead.
            if ((metric.labelNames ?? []).length === 0) gauge.set(NaN);
          },
        ),
    });
  }

  counter(metric: CollectedMetric): void {
    const counter: Counter = new Counter({
      ...this.configOf(metric),
      collect: () =>
        this.read(
          metric,
          counter,
          (labels, value) => counter.inc(labels, Math.max(0, value)),
          () => undefined,
        ),
    });
  }

  private configOf(metric: CollectedMetric) {
    return {
      name: metric.name,
      help: metric.help,
      labelNames: metric.labelNames ?? [],
      registers: [this.registry],
    };
  }

  /** The Prometheus text exposition of the service's and the process's metrics. */
  async text(): Promise<string> {
    const parts = [
      await this.registry.metrics(),
      await this.health.metrics(),
      await processRegistryOf(this.service).metrics(),
    ];
    return parts.map((part) => (part.endsWith('\n') ? part : `${part}\n`)).join('');
  }

  /** The content type of `text()`. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** Serves `text()`: the `GET /metrics` route. */
  handler(): RequestHandler {
    return async (_req, res) => {
      try {
        const body = await this.text();
        res.setHeader('content-type', this.contentType);
        res.send(body);
      } catch (err) {
        this.options.logger?.error({ err }, 'metrics could not be rendered');
        res.status(500).send('metrics unavailable\n');
      }
    };
  }

  private async read(
    metric: CollectedMetric,
    target: { reset(): void },
    write: (labels: MetricLabels, value: number) => void,
    unknown: () => void,
  ): Promise<void> {
    target.reset();
    try {
      const value = await withTimeout(Promise.resolve().then(metric.collect), this.timeoutMs, metric.name);
      const samples = typeof value === 'number' ? [{ value }] : value;
      for (const sample of samples) {
        if (Number.isFinite(sample.value)) write(sample.labels ?? {}, sample.value);
      }
    } catch (err) {
      target.reset();
      unknown();
      this.collectErrors.inc({ metric: metric.name });
      this.options.logger?.warn(
        { err, metric: metric.name },
        'metric could not be read; left out of this scrape',
      );
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

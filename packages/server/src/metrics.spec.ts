import { ServiceMetrics, oncePerScrape } from './metrics';
import { sampleOf } from './prometheus-text';

describe('ServiceMetrics', () => {
  it('labels every series with the service and adds the process metrics', async () => {
    const metrics = new ServiceMetrics('probe');
    metrics.gauge({ name: 'oms_probe_backlog', help: 'h', collect: () => 7 });
    const text = await metrics.text();
    expect(sampleOf(text, 'oms_probe_backlog', { service: 'probe' })).toBe(7);
    expect(sampleOf(text, 'process_cpu_user_seconds_total', { service: 'probe' })).toBeGreaterThanOrEqual(0);
    expect(metrics.contentType).toContain('text/plain');
  });

  it('keeps the registries of services sharing a process apart, however often a service starts', async () => {
    const first = new ServiceMetrics('orders');
    const again = new ServiceMetrics('orders');
    const other = new ServiceMetrics('approvals');
    for (const [m, value] of [
      [first, 1],
      [again, 2],
      [other, 3],
    ] as const)
      m.gauge({ name: 'oms_probe_same_name', help: 'h', collect: () => value });
    expect(sampleOf(await again.text(), 'oms_probe_same_name', { service: 'orders' })).toBe(2);
    const approvals = await other.text();
    expect(sampleOf(approvals, 'oms_probe_same_name', { service: 'approvals' })).toBe(3);
    expect(approvals).not.toContain('service="orders"');
    expect(sampleOf(await first.text(), 'oms_probe_same_name')).toBe(1);
  });

  it('reads labelled samples at scrape time and drops series no longer returned', async () => {
    const metrics = new ServiceMetrics('probe');
    let samples = [
      { labels: { queue: 'A' }, value: 1 },
      { labels: { queue: 'B' }, value: 2 },
    ];
    metrics.gauge({
      name: 'oms_probe_by_queue',
      help: 'h',
      labelNames: ['queue'],
      collect: async () => samples,
    });
    expect(sampleOf(await metrics.text(), 'oms_probe_by_queue', { queue: 'B' })).toBe(2);
    samples = [{ labels: { queue: 'A' }, value: 5 }];
    const text = await metrics.text();
    expect(sampleOf(text, 'oms_probe_by_queue', { queue: 'A' })).toBe(5);
    expect(sampleOf(text, 'oms_probe_by_queue', { queue: 'B' })).toBeUndefined();
  });

  it('reports a running total as a counter', async () => {
    const metrics = new ServiceMetrics('probe');
    let total = 3;
    metrics.counter({ name: 'oms_probe_things_total', help: 'h', collect: () => total });
    expect(sampleOf(await metrics.text(), 'oms_probe_things_total')).toBe(3);
    total = 4;
    const text = await metrics.text();
    expect(sampleOf(text, 'oms_probe_things_total')).toBe(4);
    expect(text).toContain('# TYPE oms_probe_things_total counter');
  });

  it('leaves out a metric that fails or hangs, counts it, and still answers the others', async () => {
    const metrics = new ServiceMetrics('probe', { collectTimeoutMs: 50 });
    metrics.gauge({
      name: 'oms_probe_broken',
      help: 'h',
      collect: async () => {
        throw new Error('database down');
      },
    });
    metrics.gauge({
      name: 'oms_probe_hanging',
      help: 'h',
      labelNames: ['x'],
      collect: () => new Promise<number>(() => undefined),
    });
    metrics.gauge({ name: 'oms_probe_fine', help: 'h', collect: () => 1 });
    const text = await metrics.text();
    expect(sampleOf(text, 'oms_probe_fine')).toBe(1);
    expect(sampleOf(text, 'oms_probe_broken')).toBeNaN();
    expect(sampleOf(text, 'oms_probe_hanging', { x: 'y' })).toBeUndefined();
    expect(
      sampleOf(await metrics.text(), 'oms_metrics_collect_errors_total', { metric: 'oms_probe_broken' }),
    ).toBe(2);
    expect(
      sampleOf(await metrics.text(), 'oms_metrics_collect_errors_total', { metric: 'oms_probe_hanging' }),
    ).toBe(3);
  });

  it('lets the metrics of one scrape share one read', async () => {
    const metrics = new ServiceMetrics('probe');
    let reads = 0;
    const read = oncePerScrape(async () => ({ a: ++reads, b: reads * 10 }));
    metrics.gauge({ name: 'oms_probe_a', help: 'h', collect: async () => (await read()).a });
    metrics.gauge({ name: 'oms_probe_b', help: 'h', collect: async () => (await read()).b });
    const first = await metrics.text();
    expect([sampleOf(first, 'oms_probe_a'), sampleOf(first, 'oms_probe_b')]).toEqual([1, 10]);
    const second = await metrics.text();
    expect([sampleOf(second, 'oms_probe_a'), sampleOf(second, 'oms_probe_b')]).toEqual([2, 20]);
  });
});

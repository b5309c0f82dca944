import { createLogger, type Logger } from '@oms/config';
import type { EventEnvelope, ServiceName } from '@oms/contracts';
import { OutboxEntity } from '@oms/messaging';
import { OPERATION_DURATION_METRIC, sampleOf } from '@oms/server';
import { testKafka, uniqueSuffix, waitUntil } from '@oms/testkit';
import {
  ADMIN,
  signIn,
  startSecuredSystem,
  untilKnownEverywhere,
  type SecuredSystem,
  type Session,
} from './secured-system';

type LogLine = { msg: string; correlationId?: string; [field: string]: unknown };

/**
 * The secured system on MariaDB + Kafka, each process's logs captured: one request through the gateway with
 * a chosen correlation id shows up in the metrics of the gateway and the subgraph, and its correlation id in
 * the logs of the gateway, of the subgraph that served it and of the consumer of the event it caused.
 */
describe('metrics and correlated logs of the secured system', () => {
  const logs = new Map<ServiceName | 'gateway', LogLine[]>();
  const loggerOf = (name: ServiceName | 'gateway'): Logger => {
    const lines: LogLine[] = [];
    logs.set(name, lines);
    return createLogger(name, 'info', {
      write: (line: string) => void lines.push(JSON.parse(line) as LogLine),
    });
  };
  const linesOf = (name: ServiceName | 'gateway') => logs.get(name) ?? [];
  const tag = uniqueSuffix().slice(0, 6).toUpperCase();
  const correlationId = `obs-${uniqueSuffix()}`;
  let system: SecuredSystem;
  let admin: Session;
  let cityId: string;
  let response: Response;

  const scrape = async (url: string) => {
    const res = await fetch(new URL('/metrics', url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };
  const urlOf = (name: ServiceName) => system.services[name].service.url;

  beforeAll(async () => {
    system = await startSecuredSystem({}, { loggerOf });
    admin = await signIn(system.gatewayUrl, ADMIN.email, ADMIN.password);
    await untilKnownEverywhere(system.gatewayUrl, admin);
    const state = await post(
      `mutation CreateObservedState($input: CreateStateInput!) { createState(input: $input) { state { id } errors { code } } }`,
      { input: { code: `S${tag}`, name: `State ${tag}` } },
      admin.headers,
    );
    const stateId = ((await state.json()) as { data: { createState: { state: { id: string } } } }).data
      .createState.state.id;
    response = await post(
      `mutation CreateObservedCity($input: CreateCityInput!) { createCity(input: $input) { city { id } errors { code } } }`,
      { input: { stateId, code: `C${tag}`, name: `City ${tag}` } },
      { ...admin.headers, 'x-correlation-id': correlationId },
    );
    const body = (await response.json()) as { data: { createCity: { city: { id: string } | null } } };
    cityId = body.data.createCity.city!.id;
  }, 180000);

  afterAll(async () => {
    await system?.stop();
  });

  function post(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
    return fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  }

  it('answers with the correlation id it was given', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('x-correlation-id')).toBe(correlationId);
  });

  it('times the operation by name on the gateway and on the subgraph that served it', async () => {
    const labels = { operation: 'CreateObservedCity', outcome: 'ok' };
    const gateway = await scrape(system.gatewayUrl);
    expect(sampleOf(gateway, `${OPERATION_DURATION_METRIC}_count`, { ...labels, service: 'gateway' })).toBe(
      1,
    );
    expect(
      sampleOf(gateway, `${OPERATION_DURATION_METRIC}_bucket`, { ...labels, service: 'gateway', le: '+Inf' }),
    ).toBe(1);
    // The gateway names its fetch CreateObservedCity__masters__0; masters labels it by the client's name.
    const masters = await scrape(urlOf('masters'));
    expect(sampleOf(masters, `${OPERATION_DURATION_METRIC}_count`, { ...labels, service: 'masters' })).toBe(
      1,
    );
    expect(
      sampleOf(masters, `${OPERATION_DURATION_METRIC}_sum`, { ...labels, service: 'masters' }),
    ).toBeGreaterThan(0);
    expect(sampleOf(masters, 'process_resident_memory_bytes', { service: 'masters' })).toBeGreaterThan(0);
  });

  it('writes the correlation id on the events the request caused', async () => {
    const rows = await system.services.masters.service.db.manager
      .getRepository(OutboxEntity)
      .findBy({ messageKey: cityId });
    const envelopes = rows.map((r) => [r.eventType, (JSON.parse(r.envelope) as EventEnvelope).correlationId]);
    expect(envelopes).toEqual([['city.created', correlationId]]);
  });

  it('follows the request in the logs of the gateway, the subgraph and the consumer of its event', async () => {
    expect(linesOf('gateway').filter((l) => l.correlationId === correlationId)).toContainEqual(
      expect.objectContaining({ msg: 'graphql operation', operation: 'CreateObservedCity', outcome: 'ok' }),
    );
    expect(linesOf('masters').filter((l) => l.correlationId === correlationId)).toContainEqual(
      expect.objectContaining({
        msg: 'graphql operation',
        operation: 'CreateObservedCity',
        service: 'masters',
      }),
    );
    // orders keeps a copy of cities: its consumer applies city.created under the request's correlation id.
    await waitUntil(
      async () =>
        linesOf('orders').some(
          (l) =>
            l.msg === 'event applied' && l.eventType === 'city.created' && l.correlationId === correlationId,
        ),
      30000,
    );
    expect(
      linesOf('orders').find((l) => l.msg === 'event applied' && l.correlationId === correlationId),
    ).toMatchObject({
      service: 'orders',
      component: 'consumer',
      eventType: 'city.created',
    });
  });

  it('reports the outbox backlog, the consumer lag per partition and the TAT breaches', async () => {
    const masters = await scrape(urlOf('masters'));
    expect(sampleOf(masters, 'oms_outbox_backlog_events', { service: 'masters' })).toBeGreaterThanOrEqual(0);
    expect(
      sampleOf(masters, 'oms_outbox_oldest_unpublished_age_seconds', { service: 'masters' }),
    ).toBeGreaterThanOrEqual(0);
    expect(sampleOf(masters, 'oms_outbox_published_total', { service: 'masters' })).toBeGreaterThan(0);

    const mastersTopic = system.services.orders.topic('masters');
    // Every event on masters' topic is eventually processed by orders: its lag reaches 0 on every partition.
    let orders = '';
    await waitUntil(
      async () => {
        orders = await scrape(urlOf('orders'));
        const lags = [0, 1, 2].map((partition) =>
          sampleOf(orders, 'oms_consumer_lag_messages', {
            consumer: 'oms-orders',
            topic: mastersTopic,
            partition: String(partition),
          }),
        );
        return lags.every((lag) => lag === 0);
      },
      30000,
      200,
    );
    expect(
      sampleOf(orders, 'oms_consumer_events_total', { consumer: 'oms-orders', outcome: 'applied' }),
    ).toBeGreaterThan(0);
    expect(sampleOf(orders, 'oms_outbox_backlog_events', { service: 'orders' })).toBe(0);
    expect(sampleOf(orders, 'oms_orders_overdue', { state: 'BOOKED', service: 'orders' })).toBe(0);
    expect(sampleOf(orders, 'oms_work_tasks_overdue', { queue: 'PROVISIONING', service: 'orders' })).toBe(0);
    expect(sampleOf(orders, 'oms_metrics_collect_errors_total')).toBeUndefined();

    const approvals = await scrape(urlOf('approvals'));
    expect(sampleOf(approvals, 'oms_approvals_overdue', { service: 'approvals' })).toBe(0);
    expect(sampleOf(approvals, 'oms_approval_escalations_total', { service: 'approvals' })).toBe(0);
  });

  it('counts a malformed event the consumer dead-letters', async () => {
    const before = await scrape(urlOf('orders'));
    const labels = { consumer: 'oms-orders', service: 'orders' };
    expect(sampleOf(before, 'oms_dead_letter_events_total', labels)).toBe(0);
    expect(sampleOf(before, 'oms_dead_letters_stored', labels)).toBe(0);

    const producer = testKafka('oms-observability-spec').producer();
    await producer.connect();
    try {
      await producer.send({
        topic: system.services.orders.topic('masters'),
        messages: [{ key: 'poison', value: '{"not": "an event"' }],
      });
    } finally {
      await producer.disconnect();
    }
    let after = '';
    await waitUntil(
      async () => {
        after = await scrape(urlOf('orders'));
        return sampleOf(after, 'oms_dead_letter_events_total', labels) === 1;
      },
      30000,
      200,
    );
    expect(sampleOf(after, 'oms_dead_letters_stored', labels)).toBe(1);
  });
});

import { InProcessTransport } from './in-process-transport';
import type { TransportMessage } from './transport';

/** A promise with its resolve/reject exposed, to hold a handler until the test lets it go. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run (enough for chained deliveries to reach their handlers). */
const settle = () => new Promise((r) => setImmediate(r));

let busCounter = 0;
/** A connected transport on a bus of its own, so specs never see each other's groups. */
async function newBus(): Promise<InProcessTransport> {
  const transport = new InProcessTransport(`spec-bus-${++busCounter}`);
  await transport.connect();
  return transport;
}

const msg = (topic: string, key: string, value: string): TransportMessage => ({ topic, key, value });

describe('InProcessTransport', () => {
  it('refuses to publish before connect and reports readiness', async () => {
    const transport = new InProcessTransport('spec-bus-unconnected');
    expect(transport.isReady()).toBe(false);
    await expect(transport.publish([msg('t', 'k', 'v')])).rejects.toThrow('not connected');
    await transport.connect();
    expect(transport.isReady()).toBe(true);
    await transport.disconnect();
    expect(transport.isReady()).toBe(false);
  });

  it('delivers every message to every group subscribed to its topic, and drops the rest', async () => {
    const bus = await newBus();
    const a: string[] = [];
    const b: string[] = [];
    await bus.subscribe({ groupId: 'a', topics: ['t1'], handler: async (m) => void a.push(m.value) });
    await bus.subscribe({ groupId: 'b', topics: ['t1', 't2'], handler: async (m) => void b.push(m.value) });
    await bus.publish([msg('t1', 'k', '1'), msg('t2', 'k', '2'), msg('nobody', 'k', '3')]);
    expect(a).toEqual(['1']);
    expect(b).toEqual(['1', '2']);
  });

  it('connects transports of one bus name and isolates different bus names', async () => {
    const name = `spec-bus-shared-${++busCounter}`;
    const publisher = new InProcessTransport(name);
    const subscriber = new InProcessTransport(name);
    const stranger = new InProcessTransport(`${name}-other`);
    await Promise.all([publisher.connect(), subscriber.connect(), stranger.connect()]);
    const got: string[] = [];
    const strangerGot: string[] = [];
    await subscriber.subscribe({ groupId: 'g', topics: ['t'], handler: async (m) => void got.push(m.value) });
    await stranger.subscribe({
      groupId: 'g',
      topics: ['t'],
      handler: async (m) => void strangerGot.push(m.value),
    });
    await publisher.publish([msg('t', 'k', 'hello')]);
    expect(got).toEqual(['hello']);
    expect(strangerGot).toEqual([]);
  });

  it('hands one group its messages one at a time, in publish order, even from concurrent publishes', async () => {
    const bus = await newBus();
    const gates = [deferred(), deferred(), deferred()];
    const started: string[] = [];
    const finished: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    await bus.subscribe({
      groupId: 'g',
      topics: ['t'],
      handler: async (m) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        started.push(m.value);
        await gates[Number(m.value)].promise;
        finished.push(m.value);
        inFlight -= 1;
      },
    });
    const publishes = [
      bus.publish([msg('t', 'k', '0')]),
      bus.publish([msg('t', 'k', '1'), msg('t', 'k', '2')]),
    ];
    await settle();
    expect(started).toEqual(['0']);
    // Releasing the later messages first changes nothing: each waits for the one before it.
    gates[2].resolve();
    gates[1].resolve();
    await settle();
    expect(started).toEqual(['0']);
    gates[0].resolve();
    await Promise.all(publishes);
    expect(finished).toEqual(['0', '1', '2']);
    expect(maxInFlight).toBe(1);
  });

  it('resolves publish only after every subscribed group has handled the message', async () => {
    const bus = await newBus();
    const slow = deferred();
    const handled: string[] = [];
    await bus.subscribe({ groupId: 'fast', topics: ['t'], handler: async () => void handled.push('fast') });
    await bus.subscribe({
      groupId: 'slow',
      topics: ['t'],
      handler: async () => {
        await slow.promise;
        handled.push('slow');
      },
    });
    let published = false;
    const publishing = bus.publish([msg('t', 'k', 'v')]).then(() => (published = true));
    await settle();
    expect(handled).toEqual(['fast']);
    expect(published).toBe(false);
    slow.resolve();
    await publishing;
    expect(published).toBe(true);
    expect(handled).toEqual(['fast', 'slow']);
  });

  it('rejects publish when a handler fails, and keeps delivering later messages to that group', async () => {
    const bus = await newBus();
    const seen: string[] = [];
    await bus.subscribe({
      groupId: 'g',
      topics: ['t'],
      handler: async (m) => {
        seen.push(m.value);
        if (m.value === 'bad') throw new Error('handler broke');
      },
    });
    await expect(bus.publish([msg('t', 'k', 'bad')])).rejects.toThrow('handler broke');
    await bus.publish([msg('t', 'k', 'good')]);
    expect(seen).toEqual(['bad', 'good']);
  });

  it('stops a subscription: waits for the delivery in progress, then delivers nothing more', async () => {
    const bus = await newBus();
    const gate = deferred();
    const seen: string[] = [];
    const subscription = await bus.subscribe({
      groupId: 'g',
      topics: ['t'],
      handler: async (m) => {
        await gate.promise;
        seen.push(m.value);
      },
    });
    const inFlight = bus.publish([msg('t', 'k', 'first')]);
    await settle();
    let stopped = false;
    const stopping = subscription.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    gate.resolve();
    await Promise.all([stopping, inFlight]);
    expect(seen).toEqual(['first']);

    await bus.publish([msg('t', 'k', 'after-stop')]);
    expect(seen).toEqual(['first']);
  });

  it('stopping an old subscription does not remove a newer one of the same group', async () => {
    const bus = await newBus();
    const seen: string[] = [];
    const old = await bus.subscribe({
      groupId: 'g',
      topics: ['t'],
      handler: async () => void seen.push('old'),
    });
    await bus.subscribe({ groupId: 'g', topics: ['t'], handler: async () => void seen.push('new') });
    await old.stop();
    await bus.publish([msg('t', 'k', 'v')]);
    expect(seen).toEqual(['new']);
  });

  it('reports as lag the messages a group has been handed and not yet handled', async () => {
    const bus = await newBus();
    const gate = deferred();
    await bus.subscribe({ groupId: 'slow', topics: ['t', 'u'], handler: () => gate.promise });
    await bus.subscribe({ groupId: 'fast', topics: ['t'], handler: async () => undefined });
    const first = bus.publish([msg('t', 'k', '1')]);
    const second = bus.publish([msg('t', 'k', '2')]);
    await settle();
    expect(await bus.consumerLag('slow', ['t', 'u'])).toEqual([
      { topic: 't', partition: 0, lag: 2 },
      { topic: 'u', partition: 0, lag: 0 },
    ]);
    expect(await bus.consumerLag('fast', ['t'])).toEqual([{ topic: 't', partition: 0, lag: 0 }]);
    gate.resolve();
    await Promise.all([first, second]);
    expect(await bus.consumerLag('slow', ['t'])).toEqual([{ topic: 't', partition: 0, lag: 0 }]);
    expect(await bus.consumerLag('nobody', ['t'])).toEqual([{ topic: 't', partition: 0, lag: 0 }]);
  });
});

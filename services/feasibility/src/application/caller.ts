import type { Principal } from '@oms/auth';
import type { EventContext } from '@oms/messaging';

/** Who calls a use case: the context its events carry (actor, correlation) and what the caller may do. */
export interface Caller extends EventContext {
  principal: Principal;
}

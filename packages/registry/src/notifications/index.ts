/** @enlace/registry/notifications: who hears what — the inbox, subscriptions, dead deliveries. What a message says is @enlace/messages. */
export { listInbox, markRead } from './inbox.js';
export { getSubscription, putSubscription } from './subscriptions.js';
export { listDeadLetters, listWaitingDeliveries, replayDelivery } from './deliveries.js';

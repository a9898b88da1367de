export * from './queues.js';
export * from './connection.js';
export * from './producer.js';
export * from './deliveries.js';

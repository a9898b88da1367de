import type { FastifyInstance } from 'fastify';

export async function importPages(_app: FastifyInstance) {}

import type { FastifyInstance } from 'fastify';

export async function reviewPages(_app: FastifyInstance) {}

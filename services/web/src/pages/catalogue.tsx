import type { FastifyInstance } from 'fastify';

export async function cataloguePages(_app: FastifyInstance) {}

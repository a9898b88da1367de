import type { FastifyInstance } from 'fastify';

export async function homePage(_app: FastifyInstance) {}

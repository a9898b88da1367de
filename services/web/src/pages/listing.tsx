import type { FastifyInstance } from 'fastify';

export async function listingPages(_app: FastifyInstance) {}

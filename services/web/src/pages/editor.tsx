import type { FastifyInstance } from 'fastify';

export async function editorPages(_app: FastifyInstance) {}

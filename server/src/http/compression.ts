// Compresses what the server answers (GraphQL JSON, the apps' pages, CSV exports) with brotli or
// gzip, whichever the client accepts, when it is over 1 kB. Registered before any route: it adds its
// hook to each route as the route is declared. Files that already carry an encoding (the apps'
// precompressed assets) and binary types (PDF, ZIP) go out as they are. Request bodies are not
// decompressed: no client of the API sends them compressed.
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

export async function registerCompression(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyCompress, { encodings: ['br', 'gzip'], globalDecompression: false });
}

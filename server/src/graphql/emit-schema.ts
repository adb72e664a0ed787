// `pnpm schema`: writes packages/schema/schema.graphql, the contract the apps generate their types from.
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema } from 'graphql';
import fs from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import { buildCoverlineSchema } from './schema.js';

export const SCHEMA_FILE = path.join(REPO_ROOT, 'packages/schema/schema.graphql');

export async function printCoverlineSchema(): Promise<string> {
  const header = '# Generated from the server by `pnpm schema`. Do not edit by hand.\n\n';
  return header + printSchema(lexicographicSortSchema(await buildCoverlineSchema())) + '\n';
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  await fs.writeFile(SCHEMA_FILE, await printCoverlineSchema());
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}

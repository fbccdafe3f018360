// The published files' schemas as JSON Schema (draft-07), written beside the data as
// schema/<file>.schema.json, so anyone can validate the open data without this code. Checks that
// JSON Schema cannot express (a real calendar day, 6 decimals, rings that close) are enforced by the
// build and the app, and left out here.
import { toJsonSchema } from '@valibot/to-json-schema';
import { PUBLISHED_SCHEMAS } from '../src/core/schema/published.ts';

export const SCHEMA_DIR = 'schema';
export const schemaPath = (file: string) => `${SCHEMA_DIR}/${file}.schema.json`;

/** JSON Schema files for the published files present in `published`, by output path. */
export function jsonSchemas(published: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  const schemas = new Map<string, (typeof PUBLISHED_SCHEMAS)[keyof typeof PUBLISHED_SCHEMAS]>(Object.entries(PUBLISHED_SCHEMAS));
  for (const file of published) {
    const schema = schemas.get(file);
    if (!schema) continue;
    const json = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `${file}.schema.json`,
      title: `Idlib 2020 open data: ${file}`,
      ...toJsonSchema(schema, { errorMode: 'ignore' }),
    };
    out[schemaPath(file)] = `${JSON.stringify(json, null, 1)}\n`;
  }
  return out;
}

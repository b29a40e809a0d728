import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';

/**
 * Validates statements against Rustici's xAPI 1.0.x JSON Schema (tin-can-json-schema), with
 * its format regular expressions registered, so tests check the spec rather than our memory of it.
 */
const require = createRequire(import.meta.url);
const schema = require('tin-can-json-schema/1.0.1.json') as Record<string, unknown>;
const formats = require('tin-can-json-schema/formats.json') as Record<string, string>;

const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
// The formats are written for non-unicode regular expressions (ajv would add the u flag to a RegExp).
for (const [name, source] of Object.entries(formats)) {
  const re = new RegExp(source);
  ajv.addFormat(name, (s: string) => re.test(s));
}
ajv.addSchema(schema, 'tincan');
const validateStatement = ajv.getSchema('tincan#statement');
if (!validateStatement) throw new Error('no #statement in tin-can-json-schema');

export function xapiErrors(statement: unknown): string[] {
  if (validateStatement?.(statement)) return [];
  return (validateStatement?.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

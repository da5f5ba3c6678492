import { isPlainObject } from './http-utils';

/**
 * A small declarative validator for request bodies that answers the way OpenAI's newer endpoints
 * do: one problem at a time, with `param` naming the offending path. The wording follows the
 * Responses API's errors ("Unknown parameter: 'x'.", "Missing required parameter: 'x'."); that the
 * ChatKit session endpoint uses the same wording is [G].
 */
export type ParamSchema =
  | { kind: 'string'; minLength?: number }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'object'; fields: Record<string, FieldSpec> }
  | { kind: 'record'; maxKeyLength: number; valueKinds: readonly ('string' | 'number' | 'boolean')[] };

export interface FieldSpec {
  schema: ParamSchema;
  required?: boolean;
}

export interface ParamProblem {
  message: string;
  param: string;
  code: string;
}

export function validateParams(value: unknown, fields: Record<string, FieldSpec>): ParamProblem | null {
  return validateObjectFields(value as Record<string, unknown>, fields, '');
}

function validateObjectFields(
  value: Record<string, unknown>,
  fields: Record<string, FieldSpec>,
  prefix: string,
): ParamProblem | null {
  const unknownKeys = Object.keys(value).filter((key) => !(key in fields));
  const firstUnknown = unknownKeys[0];
  if (firstUnknown !== undefined) {
    const param = prefix + firstUnknown;
    return { message: `Unknown parameter: '${param}'.`, param, code: 'unknown_parameter' };
  }
  for (const [key, spec] of Object.entries(fields)) {
    const param = prefix + key;
    const fieldValue = value[key];
    // [G] an explicit null counts as leaving the field out.
    if (fieldValue === undefined || fieldValue === null) {
      if (spec.required) {
        return { message: `Missing required parameter: '${param}'.`, param, code: 'missing_required_parameter' };
      }
      continue;
    }
    const problem = validateValue(fieldValue, spec.schema, param);
    if (problem) return problem;
  }
  return null;
}

function validateValue(value: unknown, schema: ParamSchema, param: string): ParamProblem | null {
  switch (schema.kind) {
    case 'string': {
      if (typeof value !== 'string') return invalidType(param, 'a string', value);
      if (schema.minLength !== undefined && value.length < schema.minLength) {
        return {
          message: `Invalid '${param}': empty string. Expected a string with minimum length ${schema.minLength}, but got an empty string instead.`,
          param,
          code: 'empty_string',
        };
      }
      return null;
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return invalidType(param, 'an integer', value);
      if (schema.min !== undefined && value < schema.min) {
        return {
          message: `Invalid '${param}': integer below minimum value. Expected a value >= ${schema.min}, but got ${value} instead.`,
          param,
          code: 'integer_below_min_value',
        };
      }
      if (schema.max !== undefined && value > schema.max) {
        return {
          message: `Invalid '${param}': integer above maximum value. Expected a value <= ${schema.max}, but got ${value} instead.`,
          param,
          code: 'integer_above_max_value',
        };
      }
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : invalidType(param, 'a boolean', value);
    case 'enum': {
      if (typeof value === 'string' && schema.values.includes(value)) return null;
      const supported = schema.values.map((allowed) => `'${allowed}'`).join(', ');
      return {
        message: `Invalid value: ${describeValue(value)}. Supported values are: ${supported}.`,
        param,
        code: 'invalid_value',
      };
    }
    case 'object':
      if (!isPlainObject(value)) return invalidType(param, 'an object', value);
      return validateObjectFields(value, schema.fields, `${param}.`);
    case 'record': {
      if (!isPlainObject(value)) return invalidType(param, 'an object', value);
      for (const [key, entry] of Object.entries(value)) {
        if (key.length > schema.maxKeyLength) {
          return {
            message: `Invalid '${param}': key '${key}' is longer than ${schema.maxKeyLength} characters.`,
            param,
            code: 'invalid_value',
          };
        }
        const entryKind = typeof entry;
        if (!(schema.valueKinds as readonly string[]).includes(entryKind)) {
          return invalidType(`${param}.${key}`, schema.valueKinds.map(withArticle).join(' or '), entry);
        }
      }
      return null;
    }
  }
}

function invalidType(param: string, expected: string, value: unknown): ParamProblem {
  return {
    message: `Invalid type for '${param}': expected ${expected}, but got ${typeName(value)} instead.`,
    param,
    code: 'invalid_type',
  };
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal';
  if (typeof value === 'object') return 'an object';
  return withArticle(typeof value);
}

function withArticle(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

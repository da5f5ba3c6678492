// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { pageFields } from '../../src/schema/page-fields';

describe('page frontmatter fields', () => {
  it('accepts a complete troubleshooting page', () => {
    const result = pageFields.safeParse({
      errors: ['TypeError: Failed to fetch', 'Load failed'],
      symptoms: ['The chat never loads'],
      modes: ['hosted', 'custom-server'],
      example: 'invalid-client-secret',
    });
    expect(result.success).toBe(true);
    expect(result.data?.example).toEqual(['invalid-client-secret']);
  });

  it('fills the lists with empty defaults for pages that are not about one problem', () => {
    expect(pageFields.parse({})).toEqual({ errors: [], symptoms: [], modes: [] });
  });

  it.each([
    [{ modes: ['cloud'] }, 'modes.0', 'expected one of "hosted"|"custom-server"'],
    [{ errors: ['  '] }, 'errors.0', 'must not be empty'],
    [{ example: 'Invalid Client Secret' }, 'example.0', 'must be a lowercase slug'],
    [{ example: [] }, 'example', 'expected array to have >=1 items'],
    [{ symptoms: 'blank widget' }, 'symptoms', 'expected array'],
  ])('rejects %j naming the field %s', (frontmatter, field, message) => {
    const result = pageFields.safeParse(frontmatter);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path.join('.')).toBe(field);
    expect(issue.message).toContain(message);
  });
});

describe('a page with invalid frontmatter', () => {
  it('fails the content sync naming the file and the field', () => {
    const root = fileURLToPath(new URL('../fixtures/bad-frontmatter/', import.meta.url));
    const { status, stdout, stderr } = spawnSync('npx', ['astro', 'sync', '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = stripVTControlCharacters(stdout + stderr);
    expect(status).not.toBe(0);
    expect(output).toContain('content/broken-page.mdx');
    expect(output).toContain('modes.1: Invalid option: expected one of "hosted"|"custom-server"');
  }, 60_000);
});

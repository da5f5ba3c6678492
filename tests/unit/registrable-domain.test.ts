// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getDomain } from '../../src/frame/registrable-domain';

describe('the sandbox stand-in for tldts.getDomain', () => {
  it('keeps the last two labels of a domain name', () => {
    expect(getDomain('docs.chatkit-troubleshooting.example')).toBe('chatkit-troubleshooting.example');
    expect(getDomain('example.com')).toBe('example.com');
  });

  it('leaves IP addresses and single-label hosts whole', () => {
    expect(getDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(getDomain('localhost')).toBe('localhost');
    expect(getDomain('::1')).toBe('::1');
  });

  it('has no domain for an empty host', () => {
    expect(getDomain('')).toBeNull();
  });
});

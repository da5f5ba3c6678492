import { describe, expect, it } from 'vitest';
import { formatConsoleArguments } from '../../src/frame/report';

describe('a console call, as the devtools pane shows it', () => {
  it('fills a first string’s directives with the next arguments, as the browser’s console does', () => {
    expect(formatConsoleArguments(['React has detected a change in the order of Hooks called by %s.', 'SupportChat'])).toBe(
      'React has detected a change in the order of Hooks called by SupportChat.',
    );
    expect(formatConsoleArguments(['%d of %i items, %f%%', '3.7', 10, 0.5])).toBe('3 of 10 items, 0.5%');
    expect(formatConsoleArguments(['%cstyled', 'color: red', { extra: 1 }])).toBe('styled {"extra":1}');
  });

  it('keeps a directive it has no argument for, and joins arguments when the first is not a string', () => {
    expect(formatConsoleArguments(['missing %s'])).toBe('missing %s');
    expect(formatConsoleArguments([new Error('boom'), 'after'])).toBe('Error: boom after');
  });
});

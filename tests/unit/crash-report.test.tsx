import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CrashReport } from '../../src/frame/CrashReport';

function Exploding(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'control')");
}

beforeAll(() => {
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('CrashReport', () => {
  it('shows the crash with its real message and stack, and offers a reset', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.body.appendChild(document.createElement('div'));
    await act(async () =>
      createRoot(container).render(
        <CrashReport>
          <Exploding />
        </CrashReport>,
      ),
    );
    const alert = container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain("The example crashed: TypeError: Cannot read properties of undefined (reading 'control')");
    expect(alert.querySelector('pre')!.textContent).toContain('Exploding');
    expect([...alert.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Reset the sandbox']);
    expect(logged).toHaveBeenCalledWith('The example crashed while rendering:', expect.any(TypeError));
  });

  it('renders its children when nothing crashes', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    await act(async () => createRoot(container).render(<CrashReport>all good</CrashReport>));
    expect(container.textContent).toBe('all good');
  });
});

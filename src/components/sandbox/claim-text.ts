import type { ClaimStep } from '../../scenario';

/** A claim in words, as the page lists what CI checks for a variant. */
export function describeClaim(step: ClaimStep): string {
  if ('see' in step) return `The sandbox shows “${step.see}”.`;
  if ('notSee' in step) return `The sandbox does not show “${step.notSee}”.`;
  if ('console' in step) return `The console shows a${step.console === 'error' ? 'n error' : ' warning'} containing “${step.text}”.`;
  if ('request' in step) return `${step.request} ${step.status === 'failed' ? 'fails at the network level' : `answers ${step.status}`}.`;
  if ('event' in step) return `ChatKit fires ${step.event}.`;
  if ('noEvent' in step) return `ChatKit never fires ${step.noEvent}.`;
  if ('send' in step) return `After sending “${step.send}”:`;
  return `After moving the clock ${step.advanceMinutes} minutes ahead:`;
}

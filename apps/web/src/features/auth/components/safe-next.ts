/** Where to go after signing in: only a path on this site, never another origin. */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (/^\/(sign-in|sign-up)/.test(next)) return '/';
  return next;
}

export const VERSION_POLL_MS = 5 * 60_000;

export interface BuildCheck {
  /** Build the page's scripts came from (rendered into the page). */
  pageBuildId: string;
  /** What /api/version answers now; null when it could not be asked. */
  serverBuildId: string | null;
  /** Build this tab already reloaded for once (kept in sessionStorage), or null. */
  reloadedFor: string | null;
}

/**
 * Reload once when the server runs a different build. If the reload still brought the old build (a cache or a
 * load balancer half way through a rollout), do not reload again for the same build: a screen in a reload loop is
 * worse than one running last week's code.
 */
export function shouldReloadForBuild({ pageBuildId, serverBuildId, reloadedFor }: BuildCheck): boolean {
  if (serverBuildId === null || serverBuildId === '' || pageBuildId === '') return false;
  if (serverBuildId === pageBuildId) return false;
  return reloadedFor !== serverBuildId;
}

/** A body from /api/version: the build id, or null for anything else (an error page, a proxy's HTML). */
export function buildIdFromVersionBody(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const id = (body as { buildId?: unknown }).buildId;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : null;
}

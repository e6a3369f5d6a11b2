/**
 * The content-script match patterns the manifest must hold, derived from the one host list
 * (src/core/arcamax.ts ARCAMAX_HOSTS): a registrable domain also covers its subdomains (www.),
 * a named mirror host (ard.…) only itself. Sorted, so tests compare sets, not the manifest's order.
 */
import { ARCAMAX_HOSTS } from '../../src/core/arcamax.ts';

export function arcamaxMatches(): string[] {
  return ARCAMAX_HOSTS.flatMap((host) => (host.split('.').length === 2 ? [`*://${host}/*`, `*://*.${host}/*`] : [`*://${host}/*`])).sort();
}

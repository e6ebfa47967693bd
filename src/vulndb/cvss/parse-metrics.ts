/** Allowed values per metric key, as a CVSS specification lists them. */
export type MetricValues = Readonly<Record<string, readonly string[]>>;

/**
 * Reads the `K:V/K:V/…` part of a CVSS vector (after its version prefix): every key must be known,
 * appear once and take an allowed value, and every base metric must be present. Shared by the
 * v3 and v4 parsers, whose vectors differ only in their metric tables.
 */
export function parseCvssMetrics(vector: string, body: string, baseMetrics: MetricValues, optionalMetrics: MetricValues): { metrics: Map<string, string> } | { error: string } {
  const metrics = new Map<string, string>();
  for (const part of body.split('/')) {
    const colon = part.indexOf(':');
    if (colon <= 0) return { error: `malformed metric "${part}" in ${vector}` };
    const key = part.slice(0, colon);
    const value = part.slice(colon + 1);
    const allowed = baseMetrics[key] ?? optionalMetrics[key];
    if (!allowed) return { error: `unknown metric "${key}" in ${vector}` };
    if (metrics.has(key)) return { error: `metric "${key}" appears twice in ${vector}` };
    if (!allowed.includes(value)) return { error: `metric ${key} has invalid value "${value}" in ${vector}` };
    metrics.set(key, value);
  }
  const missing = Object.keys(baseMetrics).filter((key) => !metrics.has(key));
  if (missing.length > 0) return { error: `missing base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in ${vector}` };
  return { metrics };
}

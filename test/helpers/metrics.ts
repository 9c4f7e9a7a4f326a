// Reading /metrics in tests: one sample's value from the Prometheus text format.

/** The value of one sample line (a name and some of its labels), or undefined. */
export function sample(
  text: string,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  const line = text
    .split('\n')
    .find((l) =>
      l.startsWith(`${name}{`) || l.startsWith(`${name} `)
        ? Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`))
        : false,
    );
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

/** One sample from a gateway's /metrics, or undefined. */
export async function metricOf(
  gatewayUrl: string,
  name: string,
  labels: Record<string, string> = {},
): Promise<number | undefined> {
  return sample(await (await fetch(`${gatewayUrl}/metrics`)).text(), name, labels);
}

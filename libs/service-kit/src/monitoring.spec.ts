import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { consumerLag, eventsConsumed, eventsPublished, httpRequestDuration, outboxBacklog } from './metrics';

/**
 * What deploy/ tells operators to watch must be what the services export, and the examination
 * autoscaler must never ask for more consumers than its topic has partitions.
 */
const deploy = (...path: string[]) => readFileSync(join(__dirname, '..', '..', '..', 'deploy', ...path), 'utf8');

interface MetricShape {
  name: string;
  labelNames: string[];
  histogram: boolean;
}
const exported: MetricShape[] = [httpRequestDuration(), eventsPublished(), eventsConsumed(), consumerLag(), outboxBacklog()].map((m) => {
  const metric = m as unknown as { name: string; labelNames: string[] };
  return { name: metric.name, labelNames: metric.labelNames, histogram: metric.name === 'baeum_http_request_duration_seconds' };
});

/** The exported metric a series name belongs to (a histogram's _bucket, _count and _sum are its own). */
function metricOf(series: string): MetricShape | undefined {
  return exported.find((m) => m.name === series || (m.histogram && ['_bucket', '_count', '_sum'].some((s) => series === m.name + s)));
}

/** Every metric a PromQL expression reads and every label it groups or filters by, checked against the exports. */
function problemsOf(expr: string): string[] {
  const problems: string[] = [];
  const series = [...expr.matchAll(/\b(baeum_[a-z_]+)(\{[^}]*\})?/g)];
  if (series.length === 0) problems.push(`reads no Baeum metric: ${expr}`);
  const labels = new Set<string>();
  for (const [, name, selector] of series) {
    const metric = metricOf(name);
    if (!metric) {
      problems.push(`unknown metric ${name}`);
      continue;
    }
    for (const [, label] of (selector ?? '').matchAll(/(\w+)\s*(?:=~|!=|!~|=)/g)) labels.add(`${name}:${label}`);
  }
  const allowed = new Set(
    series.flatMap(([, name]) => [...(metricOf(name)?.labelNames ?? []), ...(metricOf(name)?.histogram ? ['le'] : [])]),
  );
  for (const [, list] of expr.matchAll(/\bby \(([^)]*)\)/g))
    for (const label of list.split(',').map((l) => l.trim())) if (!allowed.has(label)) problems.push(`groups by unknown label ${label}`);
  for (const entry of labels) {
    const [name, label] = entry.split(':');
    if (!metricOf(name)!.labelNames.includes(label)) problems.push(`${name} has no label ${label}`);
  }
  return problems;
}

describe('deploy/monitoring', () => {
  const rules = (parse(deploy('monitoring', 'alerts.yaml')) as { groups: { rules: Record<string, unknown>[] }[] }).groups.flatMap(
    (g) => g.rules,
  );

  it('alerts on the outbox backlog, consumer lag, dead letters, 5xx rate and p99 latency', () => {
    const all = rules.map((r) => String(r.expr)).join('\n');
    expect(all).toContain('baeum_outbox_backlog');
    expect(all).toContain('baeum_consumer_lag');
    expect(all).toContain('outcome="dead_lettered"');
    expect(all).toMatch(/status=~"5\.\."/);
    expect(all).toMatch(/histogram_quantile\(0\.99, .*baeum_http_request_duration_seconds_bucket/);
  });

  it.each(rules.map((r) => [String(r.alert), r] as const))(
    'rule %s reads exported metrics, has a severity and says what to do',
    (_, rule) => {
      expect(problemsOf(String(rule.expr))).toEqual([]);
      expect(['warning', 'critical']).toContain((rule.labels as Record<string, string>).severity);
      const annotations = rule.annotations as Record<string, string>;
      expect(annotations.summary.length).toBeGreaterThan(10);
      expect(annotations.description.length).toBeGreaterThan(20);
    },
  );

  it('has a dashboard whose every panel reads exported metrics, with Korean and English titles', () => {
    const dashboard = JSON.parse(deploy('monitoring', 'grafana-dashboard.json')) as {
      panels: { title: string; targets: { expr: string }[] }[];
    };
    expect(dashboard.panels.length).toBeGreaterThanOrEqual(6);
    for (const panel of dashboard.panels) {
      expect(panel.title).toMatch(/[A-Za-z].* \/ .*[가-힣]/);
      for (const target of panel.targets)
        expect({ panel: panel.title, problems: problemsOf(target.expr) }).toEqual({ panel: panel.title, problems: [] });
    }
  });
});

describe('the examination autoscaler', () => {
  const partitions = new Map(
    deploy('kafka', 'topics.txt')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, count]) => [name, Number(count)]),
  );
  const hpa = parse(deploy('k8s', 'app', 'examination-hpa.yaml')) as { spec: { minReplicas: number; maxReplicas: number } };
  const [scaled] = parseAllDocuments(deploy('k8s', 'components', 'keda-examination', 'scaledobject.yaml')).map(
    (d) =>
      d.toJS() as {
        spec: { minReplicaCount: number; maxReplicaCount: number; triggers: { type: string; metadata: Record<string, string> }[] };
      },
  );
  const kafkaTrigger = scaled.spec.triggers.find((t) => t.type === 'kafka')!;

  it('scales on a deployed topic of its own consumer group', () => {
    expect(kafkaTrigger.metadata).toMatchObject({ consumerGroup: 'examination', topic: 'examination.application' });
    expect(partitions.get(kafkaTrigger.metadata.topic)).toBeGreaterThan(0);
  });

  it('never runs more replicas than the topic has partitions, with the plain HPA or with KEDA', () => {
    const ceiling = partitions.get(kafkaTrigger.metadata.topic)!;
    expect(hpa.spec.maxReplicas).toBeLessThanOrEqual(ceiling);
    expect(scaled.spec.maxReplicaCount).toBeLessThanOrEqual(ceiling);
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec.minReplicas).toBeLessThanOrEqual(hpa.spec.maxReplicas);
    expect(scaled.spec.minReplicaCount).toBeLessThanOrEqual(scaled.spec.maxReplicaCount);
  });
});

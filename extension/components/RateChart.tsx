import type { GroupRate } from '@/lib/analytics';

const ROW = 28;
const LABEL = 140;
const WIDTH = 360;
const BAR = WIDTH - LABEL - 70;

/** Selection rates as horizontal bars in plain SVG, each with its count; readable as a table by screen readers. */
export function RateChart(props: { title: string; groups: GroupRate[] }) {
  const { groups } = props;
  if (groups.length === 0) return null;
  const height = groups.length * ROW;
  return (
    <figure className="card chart">
      <figcaption>{props.title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={`${props.title}: ${groups.map((g) => `${g.label} ${percent(g)}`).join(', ')}`}
      >
        {groups.map((g, i) => {
          const y = i * ROW;
          const width = Math.max(g.rate === null ? 0 : g.rate * BAR, g.rate ? 2 : 0);
          return (
            <g key={g.label} transform={`translate(0 ${y})`}>
              <text x={0} y={ROW / 2} dominantBaseline="middle" className="chart-label">
                {g.label.length > 22 ? `${g.label.slice(0, 21)}…` : g.label}
              </text>
              <rect x={LABEL} y={6} width={BAR} height={ROW - 12} rx={3} className="chart-track" />
              <rect x={LABEL} y={6} width={width} height={ROW - 12} rx={3} className="chart-bar" />
              <text x={LABEL + BAR + 6} y={ROW / 2} dominantBaseline="middle" className="chart-value">
                {percent(g)} · {g.selections}/{g.requests}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

const percent = (g: GroupRate) => (g.rate === null ? '–' : `${Math.round(g.rate * 100)}%`);

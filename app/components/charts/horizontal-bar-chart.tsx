import { useEffect, useState } from 'react';
import { Bar, BarChart, XAxis, YAxis, type BarShapeProps } from 'recharts';

/** How a bar is drawn; its meaning is also in the text beside it, never in the colour alone. */
export type BarTone = 'default' | 'positive' | 'muted';

export interface BarDatum {
  /** Shown above the bar. */
  label: string;
  value: number;
  /** Shown after the bar, e.g. "12 (40 %)". */
  valueText: string;
  tone?: BarTone;
}

interface HorizontalBarChartProps {
  data: BarDatum[];
  /** Height of one bar with its label, in pixels. */
  rowHeight?: number;
}

// Contrast with white is at least 3:1 for every tone (WCAG 1.4.11).
const toneColours: Record<BarTone, string> = {
  default: '#0b5563',
  positive: '#1e6b3a',
  muted: '#6b7482',
};
const textColour = '#1d2430';
const margin = { top: 8, right: 96, bottom: 8, left: 8 };

function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** A bar with its label above it and its value after it, so long names fit a narrow screen. */
function LabelledBar(props: BarShapeProps) {
  const { x, y, width, height, payload } = props;
  const datum = payload as BarDatum;
  return (
    <g>
      <text x={x} y={y - 6} fill={textColour} fontSize={14}>
        {datum.label}
      </text>
      <rect
        x={x}
        y={y}
        width={Math.max(width, 2)}
        height={height}
        rx={3}
        fill={toneColours[datum.tone ?? 'default']}
      />
      <text
        x={x + Math.max(width, 2) + 8}
        y={y + height / 2}
        dominantBaseline="central"
        fill={textColour}
        fontSize={14}
        fontWeight={600}
      >
        {datum.valueText}
      </text>
    </g>
  );
}

/**
 * Horizontal bars, one per row of `data`, drawn with recharts after hydration
 * (the server renders the sized, empty box). The chart is hidden from screen
 * readers: the page must show the same numbers as text, e.g. in a table.
 */
export function HorizontalBarChart({ data, rowHeight = 56 }: HorizontalBarChartProps) {
  const hydrated = useHydrated();
  const height = data.length * rowHeight + margin.top + margin.bottom;
  const largest = Math.max(1, ...data.map((datum) => datum.value));
  return (
    <div className="bar-chart" style={{ height }} aria-hidden="true">
      {hydrated ? (
        <BarChart
          responsive
          style={{ width: '100%', height: '100%' }}
          data={data}
          layout="vertical"
          margin={margin}
          accessibilityLayer={false}
        >
          <XAxis type="number" hide domain={[0, largest]} />
          <YAxis type="category" dataKey="label" hide />
          <Bar
            dataKey="value"
            barSize={20}
            isAnimationActive={false}
            shape={LabelledBar}
            // Values are beside the bars; a hover tooltip would only repeat them.
            activeBar={false}
          />
        </BarChart>
      ) : null}
    </div>
  );
}

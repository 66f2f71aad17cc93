import * as echarts from 'echarts';
import { useEffect, useRef } from 'react';

/** A bar chart of counts by key (an echarts instance that follows its data). */
export function BarChart({ title, counts }: { title: string; counts: Record<string, number> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    const keys = Object.keys(counts);
    chart.setOption({
      // No growing bars: the chart is read (and photographed) as soon as it is drawn.
      animation: false,
      title: { text: title, textStyle: { fontSize: 14 } },
      tooltip: {},
      grid: { left: 40, right: 10, bottom: 40, top: 40 },
      xAxis: { type: 'category', data: keys, axisLabel: { interval: 0, rotate: keys.length > 4 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: keys.map((k) => counts[k]), itemStyle: { color: '#1677ff' } }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [title, counts]);
  return <div ref={ref} style={{ height: 260 }} data-testid={`chart-${title}`} />;
}

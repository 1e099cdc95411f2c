/**
 * The part of Apache ECharts the console draws with: bar and line charts on a grid with tooltip and
 * legend, drawn as SVG (crisp on a phone's screen, and its text is in the page for assistive technology
 * and the browser tests). Imported only through `loadECharts`, so Vite puts it in a chunk of its own that
 * a screen with a chart fetches when it first draws one; the permit check never loads it.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, DatasetComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { echarts };

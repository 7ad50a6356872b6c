// The second demo article (hurricane-ian.html): a story on its own basemap, with maps, a line chart and a bar chart.
import { startDemo } from './startDemo.js';
import ian from '../stories/hurricane-ian.json';

startDemo(ian, 'hurricane-ian.json');

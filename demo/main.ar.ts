// The Arabic demo article (ar.html).
import { startDemo } from './startDemo.js';
import arabic from '../stories/idlib-m5.ar.json';

startDemo(arabic, 'idlib-m5.ar.json');

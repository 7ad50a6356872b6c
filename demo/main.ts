// The English demo article (index.html).
import { startDemo } from './startDemo.js';
import english from '../stories/idlib-m5.json';

startDemo(english, 'idlib-m5.json');

// The gallery (gallery.html): every built-in graphic type, each step saying what it shows.
import { startDemo } from './startDemo.js';
import gallery from '../stories/gallery.json';

startDemo(gallery, 'gallery.json');

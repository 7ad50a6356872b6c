// @ts-check
/**
 * The preview page: the story at phone and desktop size side by side, each frame scaled to
 * fit the window, a list of steps to jump to, and the validator's lines instead of the story
 * while the file is broken. It never reloads itself: the server says what changed through
 * Server-Sent Events, and the frames re-mount the story (see frame.js).
 */

/** @typedef {{ version: number, assets: number, file: string, ok: boolean, lines: string[], title?: string, steps: string[], url: string }} PreviewMessage */

/** Each frame's own size, px: a common phone and a common laptop screen. */
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
/** The phone takes at most this share of the width, so the desktop frame stays large enough to read its layout. */
const PHONE_SHARE = 0.42;
/** Space between the two frames, px (as in page.css). */
const GAP = 24;

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const frames = /** @type {HTMLIFrameElement[]} */ ([...document.querySelectorAll('.device iframe')]);
const stage = byId('stage');
const list = byId('steps');

/** @type {PreviewMessage | null} */
let story = null;
/** @type {PreviewMessage | null} the last valid version, whose steps are listed */
let shown = null;

/** @param {HTMLIFrameElement} frame @param {object} message */
function send(frame, message) {
  frame.contentWindow?.postMessage(message, location.origin);
}

/** @param {HTMLIFrameElement} frame */
function showIn(frame) {
  if (story?.ok) send(frame, { type: 'show', url: story.url, version: story.version, assets: story.assets });
}

function fit() {
  const caption = stage.querySelector('figcaption')?.offsetHeight ?? 0;
  const width = stage.clientWidth - GAP;
  const height = stage.clientHeight - caption;
  const phone = Math.min(1, height / SIZES.phone.height, (width * PHONE_SHARE) / SIZES.phone.width);
  const desktop = Math.min(1, height / SIZES.desktop.height, (width - SIZES.phone.width * phone) / SIZES.desktop.width);
  for (const frame of frames) {
    const size = SIZES[/** @type {'phone' | 'desktop'} */ (frame.name)];
    const scale = Math.max(0.1, frame.name === 'phone' ? phone : desktop);
    const screen = /** @type {HTMLElement} */ (frame.parentElement);
    screen.style.width = `${Math.floor(size.width * scale)}px`;
    screen.style.height = `${Math.floor(size.height * scale)}px`;
    frame.style.transform = `scale(${scale})`;
    const label = screen.parentElement?.querySelector('.scale');
    if (label) label.textContent = `at ${Math.round(scale * 100)} %`;
  }
}

function listSteps() {
  if (!shown) return;
  const buttons = shown.steps.map((label, index) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.index = String(index);
    button.title = `Go to step ${index + 1} in both frames`;
    const number = document.createElement('span');
    number.className = 'number';
    number.textContent = String(index + 1);
    const text = document.createElement('span');
    text.className = 'label';
    text.textContent = label;
    button.append(number, text);
    item.append(button);
    return item;
  });
  list.replaceChildren(...buttons);
}

/**
 * Marks the step a frame shows.
 * @param {string} device @param {number} index
 */
function markStep(device, index) {
  for (const button of list.querySelectorAll('button')) {
    button.classList.toggle(`at-${device}`, Number(button.dataset.index) === index);
  }
}

/** @param {string} text */
function status(text) {
  byId('status').textContent = text;
}

function render() {
  if (!story) return;
  const time = new Date().toTimeString().slice(0, 8);
  byId('file').textContent = story.file;
  document.title = `${story.ok ? story.title : `${story.file} (broken)`} · scrollstage preview`;
  const problems = byId('problems');
  if (story.ok) {
    const count = story.steps.length;
    status(`${count} ${count === 1 ? 'step' : 'steps'} · shown ${time}`);
    const relist = !shown || shown.steps.join('\n') !== story.steps.join('\n');
    shown = story;
    if (relist) listSteps();
  } else {
    const count = story.lines.length;
    status(`${count === 1 ? 'a problem' : `${count} problems`} · checked ${time}`);
    byId('problems-heading').textContent = `${story.file} cannot be shown`;
    byId('lines').textContent = story.lines.join('\n');
  }
  problems.hidden = story.ok;
  stage.classList.toggle('hidden', !story.ok);
  list.classList.toggle('stale', !story.ok);
}

addEventListener('message', (event) => {
  if (event.origin !== location.origin) return;
  const frame = frames.find((f) => f.contentWindow === event.source);
  const message = event.data;
  if (!frame) return;
  // A frame that loads after the story arrived asks for it.
  if (message?.type === 'hello') showIn(frame);
  else if (message?.type === 'step') markStep(frame.name, message.index);
});

list.addEventListener('click', (event) => {
  const button = /** @type {HTMLElement} */ (event.target).closest('button');
  if (!button) return;
  for (const frame of frames) send(frame, { type: 'goto', index: Number(button.dataset.index) });
});

const events = new EventSource('/__scrollstage/events');
events.addEventListener('story', (event) => {
  story = /** @type {PreviewMessage} */ (JSON.parse(event.data));
  render();
  for (const frame of frames) showIn(frame);
});
events.addEventListener('error', () => {
  status('lost the preview server (is scrollstage preview still running?): retrying…');
});

new ResizeObserver(fit).observe(stage);
fit();

// A module, so its names are its own (and it runs deferred, after embed.js).
export {};

import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, DEFAULT_PORT, parsePreviewArgs } from '../../../../src/cli/preview/previewOptions.js';

describe('parsePreviewArgs', () => {
  it('takes a story file and defaults to 127.0.0.1 on the default port, not chosen by the author', () => {
    expect(parsePreviewArgs(['story.json'])).toEqual({ file: 'story.json', port: DEFAULT_PORT, host: DEFAULT_HOST, portGiven: false });
    expect(DEFAULT_PORT).toBe(4173);
    expect(DEFAULT_HOST).toBe('127.0.0.1');
  });

  it.each([
    [['s.json', '--port', '8080'], { port: 8080, host: '127.0.0.1' }],
    [['--port=0', 's.json'], { port: 0, host: '127.0.0.1' }],
    [['s.json', '--host', '0.0.0.0', '--port', '5000'], { port: 5000, host: '0.0.0.0' }],
    [['s.json', '--host=::1'], { port: DEFAULT_PORT, host: '::1' }]
  ])('reads %j', (args, expected) => {
    expect(parsePreviewArgs(args)).toMatchObject({ file: 's.json', ...expected });
  });

  it('marks a port the author gave, so a taken one is an error and not a reason to move on', () => {
    expect(parsePreviewArgs(['s.json', '--port', String(DEFAULT_PORT)])).toMatchObject({ portGiven: true });
  });

  it.each([
    [[], 'no story file given'],
    [['a.json', 'b.json'], 'takes one story file (got 2)'],
    [['s.json', '--port'], '--port needs a value'],
    [['s.json', '--port', '--host', 'x'], '--port needs a value'],
    [['s.json', '--port='], '--port needs a value'],
    [['s.json', '--port', '80a'], '--port must be a whole number from 0 to 65535 (got 80a); 0 picks any free port'],
    [['s.json', '--port', '70000'], '--port must be a whole number from 0 to 65535 (got 70000); 0 picks any free port'],
    [['s.json', '--port', '-1'], '--port must be a whole number from 0 to 65535 (got -1); 0 picks any free port'],
    [['s.json', '--port', '1', '--port', '2'], '--port is given twice'],
    [['s.json', '--host', 'http://x'], '--host must be a host name or an IP address, like 127.0.0.1 or 0.0.0.0 (got http://x)'],
    [['s.json', '--watch'], 'unknown option --watch'],
    [['s.json', '-p', '1'], 'unknown option -p']
  ])('says what is wrong with %j', (args, message) => {
    expect(parsePreviewArgs(args)).toBe(message);
  });
});

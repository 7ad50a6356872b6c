import { describe, expect, it } from 'vitest';
import { hostAllowed } from '../../../../src/cli/preview/hostAllowed.js';

describe('hostAllowed', () => {
  it.each(['localhost:4173', 'LOCALHOST', 'my-story.localhost:4173', '127.0.0.1:4173', '127.1.2.3', '[::1]:4173', '[::1]'])(
    'lets a preview on 127.0.0.1 answer %s',
    (header) => {
      expect(hostAllowed(header, '127.0.0.1')).toBe(true);
    }
  );

  it.each([undefined, '', 'example.com', 'localhost.example.com:4173', '127.0.0.1.nip.io', '192.168.1.5:4173', '[::2]:4173'])(
    'refuses %s on a loopback address',
    (header) => {
      expect(hostAllowed(header, '127.0.0.1')).toBe(false);
      expect(hostAllowed(header, 'localhost')).toBe(false);
    }
  );

  it('answers any host once the author opened the preview to the network with --host', () => {
    expect(hostAllowed('192.168.1.5:4173', '0.0.0.0')).toBe(true);
    expect(hostAllowed('laptop.local:4173', '192.168.1.5')).toBe(true);
  });
});

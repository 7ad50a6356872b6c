import { describe, expect, it } from 'vitest';
import { oneFile, splitArgs } from '../../../src/cli/cliArgs.js';

describe('splitArgs', () => {
  it('takes --name value and --name=value, files and "-" as a file', () => {
    expect(splitArgs(['a.json', '--out', 'dir', '--width=400', '-'], ['--out', '--width'])).toEqual({ files: ['a.json', '-'], values: { out: 'dir', width: '400' } });
  });
  it('reads a short alias as its long option', () => {
    expect(splitArgs(['-o', 'x.json', 'doc.aml'], ['--out'], { '-o': '--out' })).toEqual({ files: ['doc.aml'], values: { out: 'x.json' } });
  });
  it('says which option lacks a value, and which option is unknown', () => {
    expect(splitArgs(['a.json', '--out'], ['--out'])).toBe('--out needs a value');
    expect(splitArgs(['--out='], ['--out'])).toBe('--out needs a value');
    expect(splitArgs(['--colour', 'red'], ['--out'])).toBe('unknown option --colour');
  });
});

describe('oneFile', () => {
  it('takes exactly one', () => {
    expect(oneFile(['a'], 'story file')).toEqual({ file: 'a' });
    expect(oneFile([], 'story file')).toBe('no story file given');
    expect(oneFile(['a', 'b'], 'ArchieML file')).toBe('takes one ArchieML file (got 2)');
  });
});

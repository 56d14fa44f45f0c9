import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseArgs } from '../../src/console/args.js';

describe('parseArgs', () => {
  it.each([
    [['ask', 'Siapa', 'yang', 'hadir?'], { options: { json: false }, command: { name: 'ask', text: 'Siapa yang hadir?' } }],
    [['--json', '--corpus', 'c', '--data=d', 'who'], { options: { json: true, corpus: 'c', data: 'd' }, command: { name: 'who', text: '' } }],
    [['ask', '--json', 'is', 'part', 'of', 'the', 'question'], { options: { json: false }, command: { name: 'ask', text: '--json is part of the question' } }],
    [['topics', 'keamanan', 'siber'], { options: { json: false }, command: { name: 'topics', text: 'keamanan siber' } }],
    [['sources', 'list'], { options: { json: false }, command: { name: 'sources', action: 'list' } }],
    [['sources', 'add', 'f.md', '--title', 'T', '--url=https://x.org', '--published', '2025-08-15', '--lang', 'en'],
      { options: { json: false }, command: { name: 'sources', action: 'add', file: 'f.md', flags: { title: 'T', url: 'https://x.org', published: '2025-08-15', lang: 'en' } } }],
    [['sources', 'add', '--guild', '123', 'f.md'], { options: { json: false, guild: '123' }, command: { name: 'sources', action: 'add', file: 'f.md', flags: {} } }],
    [['sources', 'remove', 'report'], { options: { json: false }, command: { name: 'sources', action: 'remove', id: 'report' } }],
    [['console'], { options: { json: false }, command: { name: 'console' } }],
    [['--help'], { options: { json: false }, command: { name: 'help' } }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], 'No command given. Commands: ask, who, when, topics, sources'],
    [['frobnicate'], 'Unknown command "frobnicate". Commands: ask, who'],
    [['--verbose', 'ask', 'x'], 'Unknown option "--verbose"'],
    [['--corpus'], '--corpus needs a value'],
    [['sources'], 'No sources action given'],
    [['sources', 'purge'], 'Unknown sources action "purge"'],
    [['sources', 'add'], 'Usage: sources add FILE'],
    [['sources', 'add', 'f.md', '--colour', 'red'], 'Unknown option "--colour" for sources'],
    [['sources', 'remove'], 'Usage: sources remove ID'],
    [['console', 'now'], '"console" takes no arguments'],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

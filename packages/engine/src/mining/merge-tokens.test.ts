import { describe, expect, it } from 'vitest';
import { fitsVariable, mergeTokens } from './merge-tokens';
import { TemplateMiner } from './template-miner';
import type { LogEvent } from '../types';

describe('mergeTokens and fitsVariable', () => {
  it('keep the punctuation two tokens share at their ends, and a key before its value', () => {
    expect(mergeTokens('alice:', 'bob:')).toBe('<*>:');
    expect(mergeTokens('[x]', '[y]')).toBe('[<*>]');
    expect(mergeTokens('rhost=a.example', 'rhost=<*>')).toBe('rhost=<*>');
    expect(mergeTokens('cn001', 'cn078')).toBe('<*>');
    expect(fitsVariable('<*>:', 'carol:')).toBe(true);
    expect(fitsVariable('<*>:', 'carol')).toBe(false);
  });

  it('keep a shared tail holding a variable, and fit a token to a template token of several variables', () => {
    const a = '<<*>?addrs=<*>&alias=cn001&noUDP&sock=<*>>';
    const b = '<<*>?addrs=<*>&alias=cn078&noUDP&sock=<*>>';
    const merged = mergeTokens(a, b);
    expect(merged).toBe('<<*>?addrs=<*>&alias=<*>&noUDP&sock=<*>>');
    expect(fitsVariable(merged, '<<*>?addrs=<*>&alias=cn231&noUDP&sock=<*>>')).toBe(true);
    expect(fitsVariable(merged, '<<*>?addrs=<*>&alias=cn231&sock=<*>>')).toBe(false);
    expect(fitsVariable(merged, '<<*>?addrs=<*>&alias=&noUDP&sock=<*>>')).toBe(false);
  });

  it('make one cluster of HTCondor’s shadow lines whatever node and user, not one a line', () => {
    const miner = new TemplateMiner();
    const clusters = new Set<number>();
    const users = ['alice', 'nsvensson', 'hpcadmin', 'lrossi', 'mlops'];
    for (let i = 0; i < 200; i++) {
      const node = `cn${String((i * 37) % 240).padStart(3, '0')}`;
      const message = `Started shadow for job 1238${i}.5 on slot1_4@${node}.cluster.example <10.1.5.${i % 250}:9618?addrs=10.1.0.${i % 200}-9618&alias=${node}&noUDP&sock=startd_${7000 + i}_b4ea> for ${users[i % 5]}, (shadow pid = ${150000 + i})`;
      const event: LogEvent = {
        file: 'SchedLog',
        line: i + 1,
        lineCount: 1,
        raw: message,
        timestamp: null,
        timestampInherited: false,
        level: null,
        service: null,
        message,
        attributes: {},
        format: 'text',
        truncated: false,
      };
      clusters.add(miner.mine(event).clusterId ?? -1);
    }
    expect(clusters.size).toBeLessThanOrEqual(3);
    expect(miner.patterns()).toHaveLength(1);
  });
});

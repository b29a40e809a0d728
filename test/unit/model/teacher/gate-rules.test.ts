import { describe, expect, it } from 'vitest';
import { afterWrong, FREE_TRIES, isTeacherRoute, NO_TRIES, waitAfter, waitLeft } from '../../../../src/model/teacher/gate-rules.ts';
import { checkRecovery, makeRecoveryCode, normaliseCode, recoveryRecord } from '../../../../src/model/teacher/recovery.ts';
import { endpointProblem, sameEndpoint } from '../../../../src/sync/endpoint.ts';

describe('the gate after wrong tries', () => {
  it('lets five wrong PINs pass, then waits 30 s, doubling, at most an hour', () => {
    expect([1, 2, 3, 4].map(waitAfter)).toEqual([0, 0, 0, 0]);
    expect(waitAfter(FREE_TRIES)).toBe(30_000);
    expect(waitAfter(FREE_TRIES + 1)).toBe(60_000);
    expect(waitAfter(FREE_TRIES + 20)).toBe(3_600_000);
  });

  it('counts a wrong try from the time it was made, and a clock set back never lengthens the wait', () => {
    let tries = NO_TRIES;
    for (let i = 0; i < 5; i++) tries = afterWrong(tries, 1000);
    expect(waitLeft(tries, 1000)).toBe(30_000);
    expect(waitLeft(tries, 21_000)).toBe(10_000);
    expect(waitLeft(tries, 31_000)).toBe(0);
    expect(waitLeft(tries, -1e12)).toBe(30_000);
  });

  it('knows the teacher\'s addresses from every other one', () => {
    expect(['#/teacher', '#/teacher/sync', '#/teacher/settings'].every(isTeacherRoute)).toBe(true);
    expect(['#/', '', '#/play/x', '#/lesson/a/1', '#/teachers', '#/play/teacher'].some(isTeacherRoute)).toBe(false);
  });
});

describe('the recovery code', () => {
  it('is 12 unambiguous characters in three groups, different every time, kept only as a hash', () => {
    const code = makeRecoveryCode();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(makeRecoveryCode()).not.toBe(code);
    const record = recoveryRecord(code);
    expect(JSON.stringify(record)).not.toContain(normaliseCode(code));
    expect(checkRecovery(code.toLowerCase().replace(/-/g, ' '), record)).toBe(true);
    expect(checkRecovery(code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A'), record)).toBe(false);
    expect(checkRecovery('', record)).toBe(false);
  });
});

describe('where the LRS secret may go', () => {
  it('HTTPS, or http on this device only; no other scheme, no credentials in the address', () => {
    expect(endpointProblem('https://lrs.truong.edu.vn/data/xAPI/')).toBeUndefined();
    expect(endpointProblem('http://127.0.0.1:8091/xAPI/')).toBeUndefined();
    expect(endpointProblem('http://localhost/xAPI/')).toBeUndefined();
    expect(endpointProblem('http://[::1]:8080/')).toBeUndefined();
    expect(endpointProblem('http://lrs.truong.edu.vn/xAPI/')).toBe('insecure');
    expect(endpointProblem('http://127.0.0.1.evil.example/')).toBe('insecure');
    expect(endpointProblem('javascript:alert(1)')).toBe('scheme');
    expect(endpointProblem('file:///etc/passwd')).toBe('scheme');
    expect(endpointProblem('https://k:s@lrs.example/')).toBe('credentials');
    expect(endpointProblem('not a url')).toBe('invalid');
  });

  it('the same LRS whatever the trailing slash; another path or host is another LRS', () => {
    expect(sameEndpoint('https://lrs.example/xAPI/', 'https://lrs.example/xAPI')).toBe(true);
    expect(sameEndpoint('https://lrs.example/xAPI/', 'https://lrs.example/other/')).toBe(false);
    expect(sameEndpoint('https://lrs.example/xAPI/', 'https://evil.example/xAPI/')).toBe(false);
  });
});

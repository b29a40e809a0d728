import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../../src/model/activity/issues.ts';
import { parseLocated } from '../../../../src/model/activity/json-location.ts';

describe('formatPath', () => {
  it('writes paths as a teacher reads them', () => {
    expect(formatPath(['items', 2, 'options', 0, 'text'])).toBe('items[2].options[0].text');
    expect(formatPath([])).toBe('');
    expect(formatPath(['a b', 1])).toBe('["a b"][1]');
  });
});

describe('parseLocated', () => {
  it('counts lines and columns from 1, in UTF-16 like editors do', () => {
    const json = parseLocated('{\n  "tiêu đề": "x",\n  "a": [1, 2]\n}');
    expect(json.locate(['a', 1])).toEqual({ line: 3, column: 12 });
    expect(json.locate(['a', 1], { key: true })).toEqual({ line: 3, column: 12 });
    expect(json.locate(['a'], { key: true })).toEqual({ line: 3, column: 3 });
    expect(json.locate(['missing', 'deeper'])).toEqual({ line: 1, column: 1 });
  });
});

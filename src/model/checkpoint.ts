/**
 * A scene's checkpoint is written to localStorage as JSON and read back after a reload. JSON
 * keeps only plain data: `Infinity` and `NaN` become null, `undefined` in a list becomes null,
 * a Map or a Set becomes {}, a Date a string. A checkpoint holding one of those comes back
 * different and the scene plays on from a state its rules never made (a sort bin of capacity
 * null took no card at all). So a checkpoint is checked before it is written: the first place
 * that JSON would not give back as it is, or undefined when it round-trips whole.
 */
export function notJsonAt(value: unknown, path = '$'): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `${path} = ${String(value)}`;
    case 'object': {
      if (value === null) return undefined;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const bad = i in value ? notJsonAt(value[i], `${path}[${i}]`) : `${path}[${i}] = (hole)`;
          if (bad) return bad;
        }
        return undefined;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return `${path} = ${(value as object).constructor?.name ?? 'object'}`;
      for (const [k, v] of Object.entries(value)) {
        // An absent optional field is written as "not there", which is what it was.
        if (v === undefined) continue;
        const bad = notJsonAt(v, `${path}.${k}`);
        if (bad) return bad;
      }
      return undefined;
    }
    default:
      return `${path} = ${typeof value}`;
  }
}

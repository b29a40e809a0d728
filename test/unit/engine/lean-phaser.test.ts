import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The built player's Phaser (src/engine/phaser/lean.js) registers only the game-object factories it imports;
// a scene calling `this.add.<name>` for another one type-checks (Phaser's own types) but throws in the build.
const root = path.resolve(import.meta.dirname, '../../..');
const lean = readFileSync(path.join(root, 'src/engine/phaser/lean.js'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the lean Phaser', () => {
  it('registers every game object the scenes add', () => {
    const factories = [...lean.matchAll(/import '(phaser\/src\/gameobjects\/[^']*Factory\.js)'/g)].map((m) => m[1] ?? '');
    const registered = new Set(
      factories.flatMap((f) => [...readFileSync(path.join(root, 'node_modules', f), 'utf8').matchAll(/GameObjectFactory\.register\('(\w+)'/g)].map((m) => m[1])),
    );
    const used = new Set(sources(path.join(root, 'src/engine')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\.add\.(\w+)\(/g)].map((m) => m[1])));
    expect(used.size).toBeGreaterThan(3);
    expect([...used].filter((name) => !registered.has(name))).toEqual([]);
  });
});

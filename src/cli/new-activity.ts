/**
 * npm run new -- <kind> <path> [--lang vi|en]
 * Writes the smallest valid activity of that kind, `$schema` set so that the editor completes
 * and explains every field. Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createI18n } from '../i18n/index.ts';
import { KINDS, type ActivityKind } from '../model/activity/schema.ts';
import { templateText } from '../model/activity/templates.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--lang'));
const lang = process.argv.includes('--lang=en') || process.env.LOPVUI_LANG === 'en' ? 'en' : 'vi';
const t = createI18n(lang).t;
const [kind, target] = args;

if (!kind || !target || !(KINDS as string[]).includes(kind)) {
  console.error(t('cli.new.usage', { kinds: KINDS.join(', ') }));
  process.exit(1);
}
const file = path.resolve(target.endsWith('.json') ? target : `${target}.json`);
if (existsSync(file)) {
  console.error(t('cli.new.exists', { file: path.relative(process.cwd(), file) }));
  process.exit(1);
}
/** The id from the file name: "Đếm Vịt.json" → "dem-vit". */
const id = path
  .basename(file, '.json')
  .normalize('NFD')
  .replace(/\p{M}/gu, '')
  .replace(/đ/gi, 'd')
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '-')
  .replace(/^-|-$/g, '');
const schema = path.relative(path.dirname(file), path.resolve('levels/schema/activity.schema.json')).split(path.sep).join('/');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, templateText(kind as ActivityKind, id || 'hoat-dong-moi', schema));
console.log(t('cli.new.wrote', { file: path.relative(process.cwd(), file), kind, id }));

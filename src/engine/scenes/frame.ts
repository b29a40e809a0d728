import type * as Phaser from 'phaser';
import { pick } from '../../model/activity/lang.ts';
import type { Activity } from '../../model/activity/schema.ts';
import type { EndSceneData, PlayServices } from '../services.ts';
import { COLORS, DESIGN } from '../theme.ts';
import { roundButton } from '../widgets/round-button.ts';

/** What every kind's scene has: the paper, home at the top left, listen again at the top right. */
export function sceneFrame(scene: Phaser.Scene, services: PlayServices, listen: () => void, listenName = services.t('play.listen')): void {
  const { t, twins } = services;
  scene.cameras.main.setBackgroundColor(COLORS.paper);
  roundButton(scene, 64, 60, 'home', t('play.home'), twins, () => services.exit());
  roundButton(scene, DESIGN.width - 64, 60, 'speaker', listenName, twins, listen);
}

/** The activity is over: its completion is recorded and the end screen shows the stars. */
export function endActivity(scene: Phaser.Scene, services: PlayServices, activity: Activity, summary: { raw: number; max: number; stars: 1 | 2 | 3 }): void {
  services.session.completed(summary);
  const data: EndSceneData = { stars: summary.stars, activity, services };
  scene.scene.start('end', data);
}

/** Read an activity's instructions (its title when it has none), from its recording when it has one. */
export function readInstructions(services: PlayServices, a: Activity): void {
  services.narrate(pick(a.instructions ?? a.title, services.lang), a.audio ? pick(a.audio, services.lang) : undefined);
}

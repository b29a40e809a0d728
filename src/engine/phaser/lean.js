/**
 * The part of Phaser the player uses, built from Phaser's own sources (`import * as Phaser from 'phaser'`
 * resolves here: see phaser-build.ts). Phaser does not tree-shake, and its full build (1.37 MB, 357 KB gzip)
 * costs a slow tablet seconds of parsing before the first question; this is the same code, minus what no
 * scene of ours touches (physics, tilemaps, particles, sound, video, spine, the loader's file types...).
 *
 * A scene that needs another game object adds its factory below (the factory registers `this.add.<name>`);
 * the types still come from Phaser's own declarations, so the type check does not see a missing factory:
 * the e2e tests of each kind do.
 */
// First, as Phaser's own entry does: the renderer's modules require their namespace in a cycle
// (renderNodes/BatchHandler -> renderer/index -> renderNodes), which only resolves when it is loaded first.
import 'phaser/src/renderer/index.js';
import CONST from 'phaser/src/const.js';
import Game from 'phaser/src/core/Game.js';
import CoreEvents from 'phaser/src/core/events/index.js';
import Scene from 'phaser/src/scene/Scene.js';
import SceneEvents from 'phaser/src/scene/events/index.js';
import InputEvents from 'phaser/src/input/events/index.js';
import GameObjectEvents from 'phaser/src/gameobjects/events/index.js';
import ScaleManager from 'phaser/src/scale/ScaleManager.js';
import ScaleModes from 'phaser/src/scale/const/SCALE_MODE_CONST.js';
import Center from 'phaser/src/scale/const/CENTER_CONST.js';
import ScaleEvents from 'phaser/src/scale/events/index.js';
import Rectangle from 'phaser/src/geom/rectangle/Rectangle.js';
import Clamp from 'phaser/src/math/Clamp.js';
import DegToRad from 'phaser/src/math/DegToRad.js';

// Scene plugins: each registers itself with the plugin cache when loaded (this.cameras, this.add, this.input...).
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/scene/ScenePlugin.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/gameobjects/GameObjectCreator.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/UpdateList.js';
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/time/Clock.js';
import 'phaser/src/tweens/TweenManager.js';
import 'phaser/src/input/InputPlugin.js';

// The game objects the scenes create (this.add.<name>).
import 'phaser/src/gameobjects/container/ContainerFactory.js';
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/image/ImageFactory.js';
import 'phaser/src/gameobjects/text/TextFactory.js';
import 'phaser/src/gameobjects/shape/arc/ArcFactory.js';
import 'phaser/src/gameobjects/shape/rectangle/RectangleFactory.js';
import 'phaser/src/gameobjects/zone/ZoneFactory.js';

export const AUTO = CONST.AUTO;
export const WEBGL = CONST.WEBGL;
export const CANVAS = CONST.CANVAS;
export { Game, Scene };
export const Core = { Events: CoreEvents };
export const Scenes = { Events: SceneEvents };
export const Input = { Events: InputEvents };
export const GameObjects = { Events: GameObjectEvents };
export const Scale = { ...ScaleModes, ...Center, ScaleManager, Events: ScaleEvents };
export const Geom = { Rectangle };
export const Math = { Clamp, DegToRad };

import type { Rect, Twin, TwinSpec, TwinSurface } from '../contracts/twins.ts';

/** Twins of an earlier drawing in the same layer, handed over to this one (TwinLayer.takeOver). */
export interface EarlierTwins {
  /** Removes them; the place (0 first) of the one with the keyboard focus, -1 if none had it. */
  handOver(): number;
}

/** A twin as the page holds it: its button. */
interface DomTwin extends Twin {
  readonly el: HTMLButtonElement;
}

/**
 * The DOM twins of the canvas: one focusable button per interactive canvas object, placed
 * exactly over it. Keyboards, clickers, screen readers and tests reach the canvas through
 * them; pointers pass through to the canvas (the twins take no pointer events), and both
 * paths call the same action. Arrow keys move between twins, Enter/Space act.
 */
export class TwinLayer implements TwinSurface {
  private readonly twins = new Set<{ el: HTMLButtonElement; rect: Rect }>();
  /** A twin had the keyboard focus when it went away (the item changed under a keyboard user). */
  private focusLost = false;
  private readonly observer: ResizeObserver;
  private readonly onResize = () => this.layout();
  private readonly onKeyDown = (e: KeyboardEvent) => this.onKey(e);
  /** The twins of an earlier drawing still in the layer (takeOver). */
  private earlier: EarlierTwins | undefined;

  constructor(
    private readonly layer: HTMLElement,
    private readonly canvas: () => HTMLCanvasElement | undefined,
    private readonly design = { width: 1280, height: 720 },
  ) {
    this.observer = new ResizeObserver(this.onResize);
    window.addEventListener('resize', this.onResize);
    layer.addEventListener('keydown', this.onKeyDown);
  }

  /** Watch the canvas for size changes (Phaser's FIT resizes it with the window). */
  observe(canvas: HTMLCanvasElement): void {
    this.observer.disconnect();
    this.observer.observe(canvas);
    this.layout();
  }

  /** Names the group of twins, e.g. "Câu 2 trên 4", read when focus enters it. */
  setLabel(text: string): void {
    this.layer.setAttribute('aria-label', text);
  }

  add(spec: TwinSpec, at?: number): DomTwin {
    const el = document.createElement('button');
    el.type = 'button';
    el.className = 'twin';
    el.addEventListener('click', () => {
      if (el.getAttribute('aria-disabled') !== 'true') spec.onActivate();
    });
    const entry = { el, rect: spec.rect };
    const update = (s: Partial<Omit<TwinSpec, 'onActivate'>>) => {
      // The name is its label alone: a text in the button would be laid out, shaped and its font's strike looked up
      // for nobody (the twin is transparent), in the first frame after the item is drawn (issue 17).
      if (s.name !== undefined) el.setAttribute('aria-label', s.name);
      if (s.pressed !== undefined) el.setAttribute('aria-pressed', String(s.pressed));
      if (s.disabled !== undefined) el.setAttribute('aria-disabled', String(s.disabled));
      if (s.rect) {
        entry.rect = s.rect;
        this.place(entry);
      }
    };
    update(spec);
    if (this.earlier) {
      this.focusPlace = this.earlier.handOver();
      this.earlier = undefined;
    }
    this.layer.insertBefore(el, at === undefined ? null : (this.layer.children[at] ?? null));
    this.twins.add(entry);
    this.place(entry);
    if (this.focusPlace >= 0 && this.layer.children[this.focusPlace] === el) {
      this.focusPlace = -1;
      this.focusLost = false;
      el.focus({ preventScroll: true });
    }
    return {
      el,
      update,
      // Given the focus on purpose: a focus lost before is found (keepFocusOn has nothing left to do).
      focus: (options) => ((this.focusLost = false), el.focus(options)),
      hasFocus: () => document.activeElement === el,
      remove: () => {
        this.noteFocus(el);
        el.remove();
        this.twins.delete(entry);
      },
    };
  }

  clear(): void {
    this.focusPlace = -1;
    for (const t of this.twins) {
      this.noteFocus(t.el);
      t.el.remove();
    }
    this.twins.clear();
  }

  /** If the keyboard focus went away with an old twin, give it to `twin`: a clicker keeps its place. */
  keepFocusOn(twin: Twin | undefined): void {
    if (!this.focusLost || !twin) return;
    this.focusLost = false;
    twin.focus();
  }

  /** A place (0 first) whose twin takes the keyboard focus as it is added (takeOver). */
  private focusPlace = -1;

  /**
   * The twins of an earlier drawing (the first item drawn before the engine) stay, and arrow keys move among
   * them, until this layer adds its first twin: they go then, and the twin added at the place of the one
   * with the keyboard focus takes it, once. A keyboard user keeps their place however long the scene takes
   * to come, and however soon its item changes.
   */
  takeOver(earlier: EarlierTwins): void {
    this.earlier = earlier;
  }

  /** The place (0 first) of the twin with the keyboard focus, -1 if none has it. */
  focusedPlace(): number {
    return [...this.layer.querySelectorAll('.twin')].indexOf(document.activeElement as Element);
  }

  /** A keyboard user goes on from where they are: if the focus is on a twin, it moves to `twin`. */
  focusIfInside(twin: Twin): void {
    if (document.activeElement && this.layer.contains(document.activeElement)) twin.focus({ preventScroll: true });
  }

  private noteFocus(el: HTMLElement): void {
    if (document.activeElement === el) this.focusLost = true;
  }

  layout(): void {
    this.measured = undefined; // the canvas has just changed size
    // Everything read before anything is written: one layout, not one for the twins and one for the stage.
    const share = this.stageMapping();
    for (const t of this.twins) this.place(t);
    if (share) for (const [k, v] of Object.entries(share.vars)) share.stage.style.setProperty(k, v);
  }

  /**
   * The design area's place on the page as CSS variables of the stage (--design-x, --design-y in
   * px from its top-left corner, --design-scale), so DOM things over the canvas (the teacher's
   * countdown) sit beside the canvas's buttons instead of on them. Read only; layout() writes them.
   */
  private stageMapping(): { stage: HTMLElement; vars: Record<string, string> } | undefined {
    const canvas = this.canvas();
    const stage = this.layer.parentElement;
    if (!canvas || !stage) return undefined;
    this.mapping(); // the twins' too, while the layout is fresh
    const c = canvas.getBoundingClientRect();
    const s = stage.getBoundingClientRect();
    const gw = canvas.width || this.design.width;
    const gh = canvas.height || this.design.height;
    const scale = c.width / gw;
    const vars = {
      '--design-x': `${c.left - s.left + ((gw - this.design.width) / 2) * scale}px`,
      '--design-y': `${c.top - s.top + ((gh - this.design.height) / 2) * scale}px`,
      '--design-right': `${s.right - c.right + ((gw - this.design.width) / 2) * scale}px`,
      '--design-scale': String(scale),
    };
    return { stage, vars };
  }

  private place(t: { el: HTMLElement; rect: Rect }): void {
    const m = this.mapping();
    if (!m) return;
    Object.assign(t.el.style, {
      left: `${m.x + t.rect.x * m.sx}px`,
      top: `${m.y + t.rect.y * m.sy}px`,
      width: `${t.rect.w * m.sx}px`,
      height: `${t.rect.h * m.sy}px`,
    });
  }

  /** Design units to the layer's px, measured once per task (see mapping). */
  private measured: { x: number; y: number; sx: number; sy: number } | undefined;

  /**
   * Where the design area is in the layer, measured at most once in a task: the twins are absolutely placed in
   * an absolutely placed layer, so placing one cannot move the canvas, and a scene's twins added together are
   * laid out once, not once each (each measure after a twin was placed forced a layout: issue 17).
   */
  private mapping(): { x: number; y: number; sx: number; sy: number } | undefined {
    if (this.measured) return this.measured;
    const canvas = this.canvas();
    if (!canvas) return undefined;
    const c = canvas.getBoundingClientRect();
    const l = this.layer.getBoundingClientRect();
    // The canvas holds the game at its own size (canvas.width × canvas.height), larger than the
    // design area on the screen's long side; the design area sits in its middle (engine/stage-fit.ts).
    const gw = canvas.width || this.design.width;
    const gh = canvas.height || this.design.height;
    const sx = c.width / gw;
    const sy = c.height / gh;
    this.measured = { x: c.left - l.left + ((gw - this.design.width) / 2) * sx, y: c.top - l.top + ((gh - this.design.height) / 2) * sy, sx, sy };
    queueMicrotask(() => (this.measured = undefined));
    return this.measured;
  }

  private onKey(e: KeyboardEvent): void {
    // Space presses a twin as it goes down, as Enter does, not as it comes up (a button's own way): a clicker's
    // press is answered at once, and one pressed as an earlier drawing hands over (its twin gone before the key
    // came up) is not lost. Held down, it presses once.
    const el = e.target;
    if (e.key === ' ' && !e.defaultPrevented && el instanceof HTMLElement && el.classList.contains('twin')) {
      e.preventDefault(); // no second press as it comes up
      if (!e.repeat) el.click();
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    // Another layer on the same element (an earlier drawing's, handing over) may have moved already.
    if (step === undefined || e.defaultPrevented) return;
    const list = [...this.layer.querySelectorAll<HTMLButtonElement>('.twin')];
    if (list.length === 0) return;
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const next = list[(at + step + list.length) % list.length];
    next?.focus();
    e.preventDefault();
  }

  destroy(): void {
    this.clear();
    this.observer.disconnect();
    window.removeEventListener('resize', this.onResize);
    this.layer.removeEventListener('keydown', this.onKeyDown);
  }
}

/**
 * The DOM twins of canvas objects, as the engine sees them: a scene asks for a twin and updates
 * it; the page's layer (ui/twins.ts) makes it a focusable button over the object. Types only,
 * shared by engine and ui so that neither imports the other.
 */

/** A rectangle in the game's design coordinates (1280×720). */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TwinSpec {
  /** Localized accessible name, e.g. "Lựa chọn 2: con mèo". */
  name: string;
  rect: Rect;
  onActivate(): void;
  /** For toggles (several right answers): aria-pressed. */
  pressed?: boolean;
  disabled?: boolean;
}

export interface Twin {
  update(spec: Partial<Omit<TwinSpec, 'onActivate'>>): void;
  remove(): void;
  /** Give it the keyboard focus. */
  focus(options?: { preventScroll?: boolean }): void;
  /** Whether it has the keyboard focus (a twin drawn again gives it to its new self). */
  hasFocus(): boolean;
}

/** What a scene may do with the twins' layer. */
export interface TwinSurface {
  /** `at`: its place among the twins, 0 first (the frame's home and listen, drawn again when a tablet turns); after the others when not given. */
  add(spec: TwinSpec, at?: number): Twin;
  /** The group's accessible name ("Câu 2 trên 4: …"). */
  setLabel(text: string): void;
  /** If the keyboard focus went away with an old twin, give it to `twin`: a clicker keeps its place. */
  keepFocusOn(twin: Twin | undefined): void;
}

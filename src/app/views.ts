/** The page's parts outside the canvas, and which one is shown. */
export type View = 'menu' | 'teacher' | 'stage' | 'lesson';

export class Views {
  private readonly $ = (id: string) => document.getElementById(id) as HTMLElement;
  readonly menu = this.$('menu');
  readonly teacher = this.$('teacher');
  readonly lesson = this.$('lesson');
  readonly stage = this.$('stage');
  readonly message = this.$('stage-message');
  readonly twins = this.$('twins');
  readonly game = this.$('game');

  show(view: View, lang: string): void {
    this.menu.hidden = view !== 'menu';
    this.teacher.hidden = view !== 'teacher';
    this.lesson.hidden = view !== 'lesson';
    this.stage.hidden = view !== 'stage';
    document.documentElement.lang = lang;
  }

  get menuShown(): boolean {
    return !this.menu.hidden;
  }
}

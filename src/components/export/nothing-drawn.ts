/**
 * There is no drawn chart where the export looked (not yet drawn, or hidden). Its own
 * module: the export menu needs only this, not the SVG cloning, on pages without charts.
 */
export class NothingDrawnError extends Error {
  constructor() {
    super('There is no drawn chart to export.');
    this.name = 'NothingDrawnError';
  }
}

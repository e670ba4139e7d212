// The five attribution models of the contract, in the order the selector lists them.
export const MODELS = [
  { id: 'first_touch', label: 'First touch' },
  { id: 'last_touch', label: 'Last touch' },
  { id: 'linear', label: 'Linear' },
  { id: 'position_based', label: 'Position based (40/20/40)' },
  { id: 'time_decay', label: 'Time decay' },
];

export const DEFAULT_MODEL = 'linear';

export function labelOf(model) {
  return MODELS.find((m) => m.id === model)?.label ?? model;
}

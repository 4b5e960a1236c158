/** One update of a torch.optim fixture (fixtures/optimizers/torch/; format in the header of
 * fixtures/gen/optimizer_reference.py): the rate, loss and gradient before it, what it left. */
export interface TorchUpdate {
  epoch: number;
  update: number;
  lr: number;
  loss: number;
  grads: Record<string, number>;
  params: Record<string, number>;
  /** The optimizer's state after the update, by torch's names. */
  state: Record<string, Record<string, number>>;
}

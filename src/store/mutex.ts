/**
 * A FIFO async mutex: transactions on one store instance run one at a time, so an awaited step
 * inside a transaction can never let another request's writes slip into it.
 */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  /** Runs fn after every previously queued fn has settled. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

/** Runs tasks of one environment one after another (those of different environments side by side). */
export class EnvironmentLock {
  private readonly tails = new Map<number, Promise<unknown>>();

  run<T>(teamId: number, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(teamId) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(teamId, tail);
    void tail.then(() => {
      if (this.tails.get(teamId) === tail) this.tails.delete(teamId);
    });
    return result;
  }
}

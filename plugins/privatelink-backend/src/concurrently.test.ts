import { eachConcurrently } from './concurrently';

describe('eachConcurrently', () => {
  const tick = () => new Promise(resolve => setTimeout(resolve, 1));

  it('runs every item, never more than the limit at a time', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await eachConcurrently([1, 2, 3, 4, 5, 6, 7], 3, async item => {
      running++;
      most = Math.max(most, running);
      await tick();
      done.push(item);
      running--;
    });
    expect(most).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('starts no item after one fails, and rejects with that failure once the others finish', async () => {
    const started: number[] = [];
    let finished = 0;
    await expect(
      eachConcurrently([1, 2, 3, 4, 5], 2, async item => {
        started.push(item);
        await tick();
        if (item === 1) throw new Error('one failed');
        await tick();
        finished++;
      }),
    ).rejects.toThrow('one failed');
    expect(started).toEqual([1, 2]);
    expect(finished).toBe(1);
  });

  it('does nothing for no items', async () => {
    const run = jest.fn();
    await eachConcurrently([], 4, run);
    expect(run).not.toHaveBeenCalled();
  });
});

/**
 * The strongly connected components of a graph given as `inputs[i]` (the nodes node i depends on), each
 * listed after every component it depends on (the order in which values can be computed), its nodes in
 * ascending order. Iterative
 * (Tarjan's algorithm with an explicit stack), so long chains cannot overflow the call stack.
 */
export function componentsInDependencyOrder(inputs: readonly (readonly number[])[]): number[][] {
  const count = inputs.length;
  const order: number[] = new Array(count).fill(-1);
  const low: number[] = new Array(count).fill(0);
  const onStack: boolean[] = new Array(count).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let visited = 0;
  for (let root = 0; root < count; root++) {
    if (order[root] !== -1) continue;
    const frames: Array<{ node: number; next: number }> = [{ node: root, next: 0 }];
    order[root] = low[root] = visited++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { node: number; next: number };
      const { node } = frame;
      const list = inputs[node] ?? [];
      if (frame.next < list.length) {
        const input = list[frame.next++] as number;
        if (order[input] === -1) {
          order[input] = low[input] = visited++;
          stack.push(input);
          onStack[input] = true;
          frames.push({ node: input, next: 0 });
        } else if (onStack[input]) low[node] = Math.min(low[node] as number, order[input] as number);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node] as number, low[node] as number);
      if (low[node] === order[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = false;
          component.push(member);
        } while (member !== node);
        components.push(component.sort((a, b) => a - b));
      }
    }
  }
  return components;
}

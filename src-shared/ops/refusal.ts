/** Why an operation declined a request, in a short sentence for a person ("A node cannot support itself."). */
export interface Refusal {
  refused: string;
}

export function refuse(reason: string): Refusal {
  return { refused: reason };
}

export function isRefusal<T>(result: T | Refusal): result is Refusal {
  return typeof result === 'object' && result !== null && 'refused' in result;
}

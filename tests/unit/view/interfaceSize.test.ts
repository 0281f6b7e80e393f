import {
  describeInterfaceSize,
  INTERFACE_SIZES,
  interfaceSizeOf,
  nextInterfaceSize,
} from '../../../src-shared/view/interfaceSize';

describe('the interface’s sizes', () => {
  test('step up and down through the browser’s sizes, 200 % five steps above normal', () => {
    let size = 1;
    for (let i = 0; i < 5; i++) size = nextInterfaceSize(size, 1);
    expect(size).toBe(2);
    expect(nextInterfaceSize(1, -1)).toBe(0.9);
  });

  test('stop at the smallest and the largest', () => {
    expect(nextInterfaceSize(INTERFACE_SIZES[0], -1)).toBe(INTERFACE_SIZES[0]);
    expect(nextInterfaceSize(3, 1)).toBe(3);
  });

  test('a size between steps goes to the next step each way', () => {
    expect(nextInterfaceSize(1.3, 1)).toBe(1.5);
    expect(nextInterfaceSize(1.3, -1)).toBe(1.25);
  });

  test('a stored size is taken only when the interface can take it', () => {
    expect(interfaceSizeOf('1.5')).toBe(1.5);
    for (const stored of [null, '', 'big', '0.1', '9', 'NaN']) expect(interfaceSizeOf(stored)).toBe(1);
  });

  test('is said as a percentage', () => {
    expect(describeInterfaceSize(1.25)).toBe('Interface size 125 %');
  });
});

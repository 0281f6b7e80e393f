import { config } from 'zod';

// zod compiles validators with `new Function` where it may; under the page's CSP (no 'unsafe-eval') even
// its probe for that is reported as a violation. Interpreted validation is as correct, and quiet. This
// module is imported first, before any module can validate something while it loads.
config({ jitless: true });

// The site runs under a Content-Security-Policy without 'unsafe-eval'. zod probes for `new Function` to compile fast
// parsers; the probe's error is caught, but the browser still reports a policy violation. Imported first by every
// module and worker that validates with zod (all loaded after the first map), so the probe never runs.
import { config } from 'zod';

config({ jitless: true });

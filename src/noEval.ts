// The site runs under a Content-Security-Policy without 'unsafe-eval'. zod probes for `new Function` to compile fast
// parsers; the probe's error is caught, but the browser still reports a policy violation. Imported first by the app
// and by workers that validate with zod, so the probe never runs.
import { config } from 'zod';

config({ jitless: true });

// zod decides when it builds an object schema whether to compile it with `new Function`, and finds
// out whether it may by trying. In the browser it must not try: see index.browser.ts.
import { z } from 'zod';

z.config({ jitless: true });

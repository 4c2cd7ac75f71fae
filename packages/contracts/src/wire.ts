import type { z } from 'zod';

/**
 * What a schema looks like on the wire, as the web app receives it: the server's response
 * serializer turns each `Date` into an ISO string, so the web reads `string` where the server
 * holds a `Date`. Use `Wire<typeof SomeView>` on the web for a response and `z.input<typeof SomeBody>`
 * for a request body; never copy a shape by hand.
 */
export type Wire<S extends z.ZodType> = Jsonify<z.output<S>>;

export type Jsonify<T> = T extends Date
  ? string
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? Jsonify<U>[]
      : T extends object
        ? { [K in keyof T]: Jsonify<T[K]> }
        : T;

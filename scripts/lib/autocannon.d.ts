// The part of autocannon 9's API that scripts/lib/bench-load.ts and soak.ts use (the package has no types).
declare module "autocannon" {
  // `requests`: paths the connections go through in turn (instead of the URL's own).
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    requests?: { method?: string; path: string }[];
  };
  type Result = { requests: { total: number }; duration: number; errors: number; timeouts: number; non2xx: number };
  interface Run extends PromiseLike<Result> {
    on(
      event: "response",
      listener: (client: unknown, statusCode: number, bytes: number, milliseconds: number) => void,
    ): this;
  }
  export default function autocannon(options: Options): Run;
}

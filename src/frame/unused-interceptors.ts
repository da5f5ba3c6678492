/**
 * Stand in for MSW's interceptors that a sandbox frame never uses, in the frame's bundle only (aliased in
 * src/site.ts), saving about 5 KB gzip in every frame:
 * - the WebSocket interceptor: no sandbox mocks a WebSocket, so a variant's WebSocket goes to the
 *   network, as it would through MSW with no WebSocket handler;
 * - the fetch and XMLHttpRequest interceptors, which MSW uses only where service workers are
 *   unsupported, where a sandbox refuses to start anyway (src/frame/start-mocking.ts).
 * Each implements what MSW's batch interceptor calls, and never applies. The WebSocket connection
 * classes exist for MSW's WebSocket handlers, which no sandbox uses.
 */
class UnusedInterceptor {
  predicate(): boolean {
    return false;
  }
  apply(): void {}
  dispose(): void {}
  on(): this {
    return this;
  }
  removeListener(): this {
    return this;
  }
}

export class WebSocketInterceptor extends UnusedInterceptor {}
export class FetchInterceptor extends UnusedInterceptor {}
export class XMLHttpRequestInterceptor extends UnusedInterceptor {}
export class WebSocketClientConnection {}
export class WebSocketServerConnection {}

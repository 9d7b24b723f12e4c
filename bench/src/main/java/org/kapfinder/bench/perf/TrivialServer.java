package org.kapfinder.bench.perf;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;

/**
 * The ceiling for HTTP on the machine: Undertow, configured as the search server configures it,
 * answering every request with a fixed small JSON body straight from the IO thread. No routing, no
 * dispatch to a worker, no logging: what is left is the cost of HTTP itself.
 */
public final class TrivialServer implements AutoCloseable {

  static final String BODY = "{\"status\":\"ok\"}";

  private final Undertow undertow;

  private TrivialServer(Undertow undertow) {
    this.undertow = undertow;
  }

  /** Starts listening on {@code host:port} (port 0 picks a free one). */
  public static TrivialServer start(String host, int port) {
    Undertow undertow =
        Undertow.builder()
            .addHttpListener(port, host)
            .setServerOption(UndertowOptions.ENABLE_HTTP2, false)
            .setHandler(
                exchange -> {
                  exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
                  exchange.getResponseSender().send(BODY);
                })
            .build();
    undertow.start();
    return new TrivialServer(undertow);
  }

  public int port() {
    return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
  }

  @Override
  public void close() {
    undertow.stop();
  }
}

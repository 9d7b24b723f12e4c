package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.nio.ByteBuffer;

/**
 * Runs a handler on a worker thread, so that no Lucene call ever blocks an IO thread, and has the
 * IO thread write the response ({@link #send}).
 *
 * <p>Why not Undertow's {@code BlockingHandler}: a response written by a worker ends the exchange
 * on the worker, and Undertow then hands the connection back to its IO thread through a state that
 * the IO thread, woken by the client's next request, spins on until the worker lets go. On a
 * machine with as many busy threads as cores, the worker is often descheduled meanwhile: a server
 * profiled under load spent an eighth of its CPU in that spin. Written by the IO thread, with
 * Undertow's non-blocking sender, the exchange ends where the connection lives.
 */
public final class OffIoThread implements HttpHandler {

  private final HttpHandler handler;

  public OffIoThread(HttpHandler handler) {
    this.handler = handler;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this);
      return;
    }
    handler.handleRequest(exchange);
  }

  /**
   * Sends the body with Undertow's non-blocking sender from the exchange's IO thread: now when
   * already there, else once the worker's handler has returned. An exchange in blocking mode is
   * written where it is, as blocking mode requires.
   */
  public static void send(HttpServerExchange exchange, ByteBuffer body) {
    if (exchange.isInIoThread() || exchange.isBlocking()) {
      exchange.getResponseSender().send(body);
    } else {
      exchange.dispatch(
          exchange.getIoThread(), ioThread -> ioThread.getResponseSender().send(body));
    }
  }
}

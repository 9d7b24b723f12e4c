package org.kapfinder.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that no well-behaved client library would send:
 * malformed request lines, hundreds of headers, invalid bytes, bodies on a GET.
 */
public final class RawHttp {

  /** How long any read may block: the server under test answers or closes well before. */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  private RawHttp() {}

  /**
   * What came back: the status (-1 when the connection closed before a status line, which is how a
   * server cuts a client off), the headers (names lower-cased), and the body.
   */
  public record Response(int status, Map<String, String> headers, String body) {
    public boolean cutOff() {
      return status < 0;
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** Sends {@code request} (ISO-8859-1 text, sent byte for byte) and reads one response. */
  public static Response send(int port, String request) throws IOException {
    return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  public static Response send(int port, byte[] request) throws IOException {
    try (Socket socket = connect(port)) {
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
      } catch (IOException e) {
        // The server may answer and close before reading everything; read what it said.
      }
      return read(socket.getInputStream());
    }
  }

  public static Socket connect(int port) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), (int) READ_TIMEOUT.toMillis());
    socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
    return socket;
  }

  /** A GET of {@code target} with a Host header, closing the connection after the response. */
  public static String get(String target, String... extraHeaderLines) {
    StringBuilder request = new StringBuilder();
    request.append("GET ").append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
    for (String line : extraHeaderLines) {
      request.append(line).append("\r\n");
    }
    return request.append("Connection: close\r\n\r\n").toString();
  }

  /** Reads one response; a connection closed or reset before the status line is a cut-off. */
  public static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    try {
      int matched = 0;
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          return head.size() == 0 ? new Response(-1, Map.of(), "") : partial(head);
        }
        head.write(b);
        matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
      }
    } catch (SocketTimeoutException e) {
      throw e;
    } catch (IOException e) {
      // A reset: the server cut the connection.
      return head.size() == 0 ? new Response(-1, Map.of(), "") : partial(head);
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      throw new IOException("response body cut short: " + body.length + " of " + length + " bytes");
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static Response partial(ByteArrayOutputStream head) throws IOException {
    throw new IOException(
        "connection closed inside the response head: "
            + head.toString(StandardCharsets.ISO_8859_1));
  }

  /** Writes without failing when the server has already closed: for clients it cuts off. */
  public static boolean writeQuietly(OutputStream out, byte[] bytes) {
    try {
      out.write(bytes);
      out.flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}

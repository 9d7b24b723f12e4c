package org.kapfinder.server.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who sent a request, as a key for per-client limits. The peer of the connection, unless that peer
 * is one of the configured trusted proxies: then the {@code X-Forwarded-For} chain is read from the
 * right, skipping trusted proxies, and the first other address is the client. Anyone can write an
 * {@code X-Forwarded-For} header, so without a trusted proxy in front it is ignored, and an entry
 * that is not an IP address stops the walk at the last proxy vouched for.
 *
 * <p>IPv6 clients are keyed by their /64 network, which one host or household usually has whole:
 * otherwise a single client could take a new key for every request.
 */
final class ClientAddresses {

  static final String UNKNOWN = "unknown";

  private final List<IpRange> trustedProxies;

  ClientAddresses(List<IpRange> trustedProxies) {
    this.trustedProxies = List.copyOf(trustedProxies);
  }

  /** The key of the client that sent {@code exchange}. */
  String clientKey(HttpServerExchange exchange) {
    InetSocketAddress source = exchange.getSourceAddress();
    if (source == null || source.getAddress() == null) {
      return UNKNOWN;
    }
    byte[] peer = source.getAddress().getAddress();
    return key(resolve(peer, exchange.getRequestHeaders().get(Headers.X_FORWARDED_FOR)));
  }

  /** The client's address given the peer and the X-Forwarded-For header lines, in order. */
  byte[] resolve(byte[] peer, List<String> forwardedFor) {
    if (!trusted(peer) || forwardedFor == null || forwardedFor.isEmpty()) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String line : forwardedFor) {
      for (String hop : line.split(",")) {
        hops.add(hop);
      }
    }
    byte[] client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<byte[]> hop = IpRange.parseAddress(hops.get(i));
      if (hop.isEmpty()) {
        return client;
      }
      client = hop.get();
      if (!trusted(client)) {
        return client;
      }
    }
    return client;
  }

  boolean trusted(byte[] address) {
    for (IpRange range : trustedProxies) {
      if (range.contains(address)) {
        return true;
      }
    }
    return false;
  }

  /** "203.0.113.7", or "2001:db8:1:2::/64" for an IPv6 client. */
  static String key(byte[] address) {
    StringBuilder key = new StringBuilder(24);
    if (address.length == 4) {
      for (int i = 0; i < 4; i++) {
        if (i > 0) {
          key.append('.');
        }
        key.append(address[i] & 0xFF);
      }
      return key.toString();
    }
    for (int i = 0; i < 8; i += 2) {
      key.append(Integer.toHexString(((address[i] & 0xFF) << 8) | (address[i + 1] & 0xFF)));
      key.append(':');
    }
    return key.append(":/64").toString();
  }
}

package org.kapfinder.server.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}, or one
 * address, {@code 127.0.0.1}). Parsing reads literals only and never resolves a name.
 */
public final class IpRange {

  /** Hex digits, dots and colons: the only characters of an IPv4 or IPv6 literal. */
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

  private final byte[] network;
  private final int prefixBits;
  private final String text;

  private IpRange(byte[] network, int prefixBits, String text) {
    this.network = network;
    this.prefixBits = prefixBits;
    this.text = text;
  }

  /**
   * Parses {@code address/prefix} or a single address.
   *
   * @throws IllegalArgumentException naming the text when it is not a CIDR block
   */
  public static IpRange parse(String cidr) {
    String text = cidr.strip();
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    byte[] bytes =
        parseAddress(address)
            .orElseThrow(
                () -> new IllegalArgumentException(cidr + " is not an IP address or CIDR block"));
    int maxBits = bytes.length * 8;
    int prefix = maxBits;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(text.substring(slash + 1));
      } catch (NumberFormatException e) {
        prefix = -1;
      }
      if (prefix < 0 || prefix > maxBits) {
        throw new IllegalArgumentException(cidr + " has a prefix length outside 0 to " + maxBits);
      }
    }
    return new IpRange(mask(bytes, prefix), prefix, text);
  }

  /** Parses a comma-separated list; blank means none. */
  public static List<IpRange> parseList(String cidrs) {
    List<IpRange> ranges = new ArrayList<>();
    if (cidrs == null) {
      return ranges;
    }
    for (String part : cidrs.split(",")) {
      if (!part.isBlank()) {
        ranges.add(parse(part));
      }
    }
    return ranges;
  }

  /** True when {@code address} (4 or 16 bytes) lies in this block. */
  public boolean contains(byte[] address) {
    return address.length == network.length
        && java.util.Arrays.equals(mask(address, prefixBits), network);
  }

  /**
   * The bytes of an IPv4 or IPv6 literal (an IPv4-mapped IPv6 address comes back as IPv4), or empty
   * when the text is not one. Never consults DNS.
   */
  static Optional<byte[]> parseAddress(String text) {
    String literal = text.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    boolean ipv4 = IPV4.matcher(literal).matches();
    if (!ipv4 && !(literal.contains(":") && LITERAL.matcher(literal).matches())) {
      return Optional.empty();
    }
    try {
      // Safe: a literal of only hex digits, dots and colons is parsed, never looked up.
      return Optional.of(InetAddress.getByName(literal).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static byte[] mask(byte[] address, int prefixBits) {
    byte[] masked = address.clone();
    for (int i = 0; i < masked.length; i++) {
      int bitsHere = Math.max(0, Math.min(8, prefixBits - i * 8));
      masked[i] &= (byte) (0xFF << (8 - bitsHere));
    }
    return masked;
  }

  @Override
  public String toString() {
    return text;
  }
}

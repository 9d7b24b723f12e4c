package org.kapfinder.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address a request is counted against, and CIDR parsing. */
class ClientAddressesTest {

  static final byte[] PROXY = IpRange.parseAddress("10.0.0.2").orElseThrow();
  static final byte[] STRANGER = IpRange.parseAddress("203.0.113.9").orElseThrow();

  final ClientAddresses behindProxy = new ClientAddresses(IpRange.parseList("10.0.0.0/8, ::1"));

  @Test
  void withoutATrustedPeerTheHeaderIsIgnored() {
    assertThat(key(new ClientAddresses(List.of()), PROXY, "198.51.100.7")).isEqualTo("10.0.0.2");
    assertThat(key(behindProxy, STRANGER, "198.51.100.7")).isEqualTo("203.0.113.9");
  }

  @Test
  void aTrustedProxyNamesTheClientNearestToIt() {
    assertThat(key(behindProxy, PROXY, "198.51.100.7")).isEqualTo("198.51.100.7");
    // A client may write its own X-Forwarded-For; only what the proxies appended counts.
    assertThat(key(behindProxy, PROXY, "1.2.3.4, 198.51.100.7, 10.1.1.1"))
        .isEqualTo("198.51.100.7");
    assertThat(behindProxy.resolve(PROXY, List.of("1.2.3.4", "198.51.100.7")))
        .isEqualTo(IpRange.parseAddress("198.51.100.7").orElseThrow());
  }

  @Test
  void garbageStopsTheWalkAtTheLastTrustedHop() {
    assertThat(key(behindProxy, PROXY, "unknown")).isEqualTo("10.0.0.2");
    assertThat(key(behindProxy, PROXY, "198.51.100.7, evil.example.org, 10.1.1.1"))
        .isEqualTo("10.1.1.1");
    assertThat(key(behindProxy, PROXY, "10.3.3.3, 10.1.1.1")).isEqualTo("10.3.3.3");
    assertThat(key(behindProxy, PROXY, "")).isEqualTo("10.0.0.2");
  }

  @Test
  void ipv6ClientsAreKeyedByTheirSlash64() {
    byte[] loopback6 = IpRange.parseAddress("::1").orElseThrow();
    assertThat(key(behindProxy, loopback6, "2001:db8:1:2:aaaa::1"))
        .isEqualTo(key(behindProxy, loopback6, "[2001:db8:1:2:bbbb::2]"))
        .isEqualTo("2001:db8:1:2::/64");
    assertThat(key(behindProxy, PROXY, "::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
  }

  @Test
  void rangesParseLiteralsOnly() {
    IpRange range = IpRange.parse("192.168.0.0/16");
    assertThat(range.contains(IpRange.parseAddress("192.168.255.1").orElseThrow())).isTrue();
    assertThat(range.contains(IpRange.parseAddress("192.169.0.1").orElseThrow())).isFalse();
    assertThat(IpRange.parse("0.0.0.0/0").contains(STRANGER)).isTrue();
    assertThat(IpRange.parse("2001:db8::/32").contains(STRANGER)).isFalse();
    assertThat(IpRange.parseList(" ")).isEmpty();
    for (String bad :
        List.of("localhost", "10.0.0.0/33", "10.0.0/8", "1.2.3.256", "::1/129", "10.0.0.0/x")) {
      assertThatThrownBy(() -> IpRange.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad);
    }
    assertThat(IpRange.parseAddress("example.org")).isEmpty();
    assertThat(IpRange.parseAddress("1.2.3")).isEmpty();
  }

  private static String key(ClientAddresses clients, byte[] peer, String forwardedFor) {
    return ClientAddresses.key(clients.resolve(peer, List.of(forwardedFor)));
  }
}
